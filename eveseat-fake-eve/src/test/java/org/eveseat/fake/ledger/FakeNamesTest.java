package org.eveseat.fake.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FakeNamesTest {

    @Test
    void everyIdSpellsANameOfItsOwnWithoutDigits() {
        for (LongFunction<String> kind : List.<LongFunction<String>>of(FakeNames::pilot, FakeNames::corporation,
                FakeNames::alliance)) {
            List<String> names = LongStream.range(90_000_000L, 90_020_000L).mapToObj(kind).toList();

            assertThat(names).doesNotHaveDuplicates().allSatisfy(name -> assertThat(name)
                    .doesNotContainPattern("[0-9]").matches("([A-Z][a-z]+ ?)+"));
        }
    }

    @Test
    void aPilotHasTwoNamesAndTheSameIdAlwaysTheSame() {
        assertThat(FakeNames.pilot(2_112_000_881L)).isEqualTo(FakeNames.pilot(2_112_000_881L)).contains(" ");
        assertThat(FakeNames.corporation(98_000_001L)).endsWith("Holdings");
        assertThat(FakeNames.pilot(1)).isEqualTo("Ri Ka");
    }
}
