package org.eveseat.domain.market.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eveseat.domain.market.model.HubQuote;
import org.eveseat.domain.market.model.QuickTrade;
import org.eveseat.domain.market.model.QuickTradeLine;
import org.eveseat.domain.market.model.TradeHub;
import org.eveseat.domain.market.port.in.QuickTradeQuery;
import org.eveseat.domain.shared.Isk;

/**
 * Reads the pasted list, then walks each hub station's stored book for every line: buying from its sell orders,
 * selling into its buy orders, so a quantity deeper than the book is reported as missing instead of priced at
 * the best order.
 */
public class QuickTradeService implements QuickTradeQuery {
    private final ExactTypeNames names;
    private final StationOrders book;

    QuickTradeService(ExactTypeNames names, StationOrders book) {
        this.names = names;
        this.book = book;
    }

    @Override
    public QuickTrade quote(String text) {
        QuickTradeParser.Parsed parsed = new QuickTradeParser(names::find).parse(text, MAX_LINES);
        List<QuickTradeLine> lines = new ArrayList<>();
        parsed.quantities().forEach((type, quantity) -> lines.add(new QuickTradeLine(type, names.name(type), quantity)));
        return new QuickTrade(lines, parsed.unknown(), TradeHub.ALL.stream().map(hub -> quote(hub, lines)).toList());
    }

    private HubQuote quote(TradeHub hub, List<QuickTradeLine> lines) {
        BigDecimal buyTotal = BigDecimal.ZERO;
        BigDecimal sellTotal = BigDecimal.ZERO;
        List<QuickTradeLine> missing = new ArrayList<>();
        List<QuickTradeLine> unsold = new ArrayList<>();
        for (QuickTradeLine line : lines) {
            StationOrders.Sides sides = book.of(line.typeId(), hub.regionId(), hub.stationId());
            DepthFill bought = DepthFill.fill(line.quantity(), sides.sells());
            DepthFill sold = DepthFill.fill(line.quantity(), sides.buys());
            buyTotal = buyTotal.add(bought.total());
            sellTotal = sellTotal.add(sold.total());
            if (bought.unfilled() > 0) {
                missing.add(new QuickTradeLine(line.typeId(), line.typeName(), bought.unfilled()));
            }
            if (sold.unfilled() > 0) {
                unsold.add(new QuickTradeLine(line.typeId(), line.typeName(), sold.unfilled()));
            }
        }
        return new HubQuote(hub, new Isk(buyTotal), new Isk(sellTotal), missing, unsold);
    }
}
