using GovBudget.Rules.Families;
using GovBudget.Rules.Formulas;

namespace GovBudget.Rules.Sets;

/// <summary>Short-hand for the built-in rule catalogues.</summary>
internal static class RuleFactory
{
    public static FormulaRule F(string id, RuleClass ruleClass, string zh, string en, string formula) => new(id, ruleClass, zh, en, Formula.Parse(formula));

    public static FormulaRule Balance(string id, string zh, string en, string formula) => F(id, RuleClass.BasicBalance, zh, en, formula);

    public static FormulaRule Logic(string id, string zh, string en, string formula) => F(id, RuleClass.Logical, zh, en, formula);

    public static FormulaRule Verify(string id, string zh, string en, string formula) => F(id, RuleClass.Verification, zh, en, formula);

    public static RollUpRule RollUp(string id, string table) => new(id, table);

    /// <summary>The rules every disclosure shares: catalog conformance and narrative statements.</summary>
    public static IEnumerable<Rule> Common() =>
    [
        new CatalogRule("CAT.CODE", CatalogCheck.KnownCode),
        new CatalogRule("CAT.NAME", CatalogCheck.Name),
        new CatalogRule("CAT.NEST", CatalogCheck.Nesting),
        new StatementRule("TXT.SHARE", StatementCheck.Share),
        new StatementRule("TXT.CHANGE", StatementCheck.ChangeAmount),
        new StatementRule("TXT.GROWTH", StatementCheck.ChangeRate),
        new StatementRule("TXT.EXEC", StatementCheck.ExecutionRate),
        new StatementRule("TXT.SOURCE", StatementCheck.Source),
        new FigureRule("FIG.PROC.SUM", FigureCheck.ProcurementSum),
        new FigureRule("FIG.PROC.SME", FigureCheck.ProcurementSmes),
        new FigureRule("FIG.SERV.SUM", FigureCheck.PurchasedServicesSum),
        new FigureRule("FIG.OPEX", FigureCheck.OperatingExpenses),
        new FigureRule("FIG.VEHICLES", FigureCheck.Vehicles),
    ];

    /// <summary>The performance-goal rules of budgets (表11, 表12).</summary>
    public static IEnumerable<Rule> BudgetGoals() =>
    [
        new OverallGoalRule("BUD.T11.SUM", OverallGoalCheck.Sum),
        new OverallGoalRule("BUD.T11.SHARE", OverallGoalCheck.Share),
        new OverallGoalRule("BUD.T11.BALANCE", OverallGoalCheck.Balance),
        new OverallGoalRule("BUD.T11.T5-1", OverallGoalCheck.Tables),
        new ProjectGoalRule("BUD.T12.COST", ProjectGoalCheck.CostItems),
        new ProjectGoalRule("BUD.T12.FUNDS", ProjectGoalCheck.Funding),
    ];
}
