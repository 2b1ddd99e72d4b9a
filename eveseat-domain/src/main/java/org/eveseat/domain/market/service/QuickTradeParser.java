package org.eveseat.domain.market.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eveseat.domain.shared.RuleViolationException;
import org.eveseat.domain.shared.TypeId;

/**
 * Reads EVE's item lists: "Tritanium 1000", "Tritanium x1000", "1000 Tritanium", "1000x Tritanium", a name alone
 * (one unit), and inventory rows copied with their columns (name, tab, quantity, tab, group...; an empty quantity
 * is one unit). Quantities are whole numbers whose thousands may be separated by ",", ".", "'" or spaces, as the
 * client's language writes them. A name is found whole first, so names ending in a number stay whole. Lines longer
 * than {@link #MAX_LINE} characters (no type name comes near) are not matched at all, which keeps the patterns'
 * work per line small.
 */
final class QuickTradeParser {
    private static final String QUANTITY = "(\\d{1,3}(?:[,.'\\s\\u00a0\\u202f]\\d{3})+|\\d+)";
    private static final Pattern NAME_FIRST = Pattern.compile("(.+?)\\s+x?\\s*" + QUANTITY);
    private static final Pattern QUANTITY_FIRST = Pattern.compile(QUANTITY + "\\s*x?\\s+(.+)");
    private static final Pattern TAB_QUANTITY = Pattern.compile("x?\\s*" + QUANTITY);

    static final int MAX_LINE = 300;

    private final Function<String, Optional<TypeId>> names;

    QuickTradeParser(Function<String, Optional<TypeId>> names) {
        this.names = names;
    }

    Parsed parse(String text, int maxLines) {
        Parsed parsed = new Parsed(new LinkedHashMap<>(), new ArrayList<>());
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.size() > maxLines) {
            throw new RuleViolationException("at most " + maxLines + " lines, were " + lines.size());
        }
        for (String line : lines) {
            Optional<Item> item = line.length() > MAX_LINE ? Optional.empty()
                    : line.contains("\t") ? tabbed(line) : spaced(line);
            item.ifPresentOrElse(found -> parsed.quantities().merge(found.typeId(), found.quantity(), Parsed::add),
                    () -> parsed.unknown().add(line));
        }
        return parsed;
    }

    private Optional<Item> tabbed(String line) {
        String[] cells = line.split("\t", -1);
        Optional<TypeId> type = names.apply(cells[0].strip());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Matcher quantity = cells.length > 1 ? TAB_QUANTITY.matcher(cells[1].strip()) : null;
        if (quantity != null && quantity.matches()) {
            return item(type.get(), quantity.group(1));
        }
        return cells.length > 1 && !cells[1].isBlank() && Character.isDigit(cells[1].strip().charAt(0))
                ? Optional.empty() : Optional.of(new Item(type.get(), 1));
    }

    private Optional<Item> spaced(String line) {
        Optional<TypeId> whole = names.apply(line);
        if (whole.isPresent()) {
            return Optional.of(new Item(whole.get(), 1));
        }
        Matcher nameFirst = NAME_FIRST.matcher(line);
        if (nameFirst.matches()) {
            Optional<TypeId> type = names.apply(nameFirst.group(1).strip());
            if (type.isPresent()) {
                return item(type.get(), nameFirst.group(2));
            }
        }
        Matcher quantityFirst = QUANTITY_FIRST.matcher(line);
        if (quantityFirst.matches()) {
            return names.apply(quantityFirst.group(2).strip()).flatMap(type -> item(type, quantityFirst.group(1)));
        }
        return Optional.empty();
    }

    private static Optional<Item> item(TypeId type, String quantity) {
        try {
            long units = Long.parseLong(quantity.replaceAll("[^0-9]", ""));
            return units > 0 ? Optional.of(new Item(type, units)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty(); // more units than a long holds: not a list EVE wrote
        }
    }

    record Item(TypeId typeId, long quantity) {
    }

    record Parsed(Map<TypeId, Long> quantities, List<String> unknown) {
        private static Long add(Long one, Long other) {
            long sum = one + other;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }
    }
}
