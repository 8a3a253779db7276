using GovBudget.Rules.Families;

namespace GovBudget.Rules.Sets;

/// <summary>The rules every table set shares.</summary>
internal static class RuleFactory
{
    /// <summary>The rules every disclosure shares: catalog conformance and narrative statements.</summary>
    public static IEnumerable<Rule> Common() =>
    [
        new CatalogRule("CAT.CODE", CatalogCheck.KnownCode),
        new CatalogRule("CAT.NAME", CatalogCheck.Name),
        new CatalogRule("CAT.NEST", CatalogCheck.Nesting),
        new RequiredTableRule("DOC.TABLE.MISSING"),
        new OrphanRowRule("DOC.ROW.ORPHAN"),
        new StatementRule("TXT.SHARE", StatementCheck.Share),
        new StatementRule("TXT.CHANGE", StatementCheck.ChangeAmount),
        new StatementRule("TXT.GROWTH", StatementCheck.ChangeRate),
        new StatementRule("TXT.EXEC", StatementCheck.ExecutionRate),
        new StatementRule("TXT.SOURCE", StatementCheck.Source),
        new StatementRule("TXT.TWICE", StatementCheck.Twice),
        new StatementRule("TXT.BASIS", StatementCheck.Basis),
        new StatementRule("TXT.ZEROBASE", StatementCheck.ZeroBase),
        new EmptyTableRule("TXT.EMPTY"),
        .. Narrative.NarrativeProofreader.Ids.Select(id => new ProofreadingRule(id)),
        new FigureRule("FIG.PROC.SUM", FigureCheck.ProcurementSum),
        new FigureRule("FIG.PROC.SME", FigureCheck.ProcurementSmes),
        new FigureRule("FIG.SERV.SUM", FigureCheck.PurchasedServicesSum),
        new FigureRule("FIG.OPEX", FigureCheck.OperatingExpenses),
        new FigureRule("FIG.VEHICLES", FigureCheck.Vehicles),
    ];
}
