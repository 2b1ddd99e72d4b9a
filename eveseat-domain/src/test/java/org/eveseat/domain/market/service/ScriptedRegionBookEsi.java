package org.eveseat.domain.market.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eveseat.domain.market.model.BookPage;
import org.eveseat.domain.market.port.out.RegionBookEsi;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.NotFoundException;
import org.eveseat.domain.shared.RegionId;

/** ESI's book as a script: what page 1's cached read answers, and each page number's answers in turn. */
final class ScriptedRegionBookEsi implements RegionBookEsi {
    EsiResult<BookPage> first;
    final Map<Integer, Deque<BookPage>> pages = new HashMap<>();
    final List<Integer> asked = new ArrayList<>();
    int firstPageReads;

    ScriptedRegionBookEsi page(BookPage page) {
        pages.computeIfAbsent(page.number(), n -> new ArrayDeque<>()).add(page);
        return this;
    }

    @Override
    public EsiResult<BookPage> firstPage(RegionId regionId) {
        firstPageReads++;
        return first;
    }

    @Override
    public List<BookPage> pages(RegionId regionId, List<Integer> numbers) {
        asked.addAll(numbers);
        List<BookPage> answered = new ArrayList<>();
        for (int number : numbers) {
            Deque<BookPage> answers = pages.get(number);
            if (answers == null || answers.isEmpty()) {
                throw new NotFoundException("no page " + number);
            }
            answered.add(answers.size() > 1 ? answers.poll() : answers.peek());
        }
        return answered;
    }
}
