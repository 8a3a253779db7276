using GovBudget.Rules;
using GovBudget.Rules.Families;
using GovBudget.Rules.Sets;

namespace GovBudget.TableSets;

/// <summary>
/// The checks a table set names that are not formulas (<c>"check": "overall-goal.sum"</c>), and the checks every set
/// shares (catalog conformance, narrative statements, reported figures).
/// </summary>
internal static class TableSetRules
{
    // Each check a set file may name ("check": "overall-goal.sum"), with the rule it makes; the one place that knows them.
    private static readonly (string Name, Func<string, string?, Rule> Create)[] Named =
    [
        ("overall-goal.sum", (id, _) => new OverallGoalRule(id, OverallGoalCheck.Sum)),
        ("overall-goal.share", (id, _) => new OverallGoalRule(id, OverallGoalCheck.Share)),
        ("overall-goal.balance", (id, _) => new OverallGoalRule(id, OverallGoalCheck.Balance)),
        ("overall-goal.tables", (id, _) => new OverallGoalRule(id, OverallGoalCheck.Tables)),
        ("project-goal.cost-items", (id, _) => new ProjectGoalRule(id, ProjectGoalCheck.CostItems)),
        ("project-goal.funding", (id, _) => new ProjectGoalRule(id, ProjectGoalCheck.Funding)),
        ("project-goal.project-table", (id, table) => new ProjectGoalRule(id, ProjectGoalCheck.ProjectTable, table ?? "表10")),
        ("self-evaluation.execution-rate", (id, _) => new SelfEvaluationRule(id, SelfEvaluationCheck.ExecutionRate)),
        ("self-evaluation.execution-score", (id, _) => new SelfEvaluationRule(id, SelfEvaluationCheck.ExecutionScore)),
        ("self-evaluation.total-score", (id, _) => new SelfEvaluationRule(id, SelfEvaluationCheck.TotalScore)),
        ("self-evaluation.score-within-weight", (id, _) => new SelfEvaluationRule(id, SelfEvaluationCheck.ScoreWithinWeight)),
        ("self-evaluation.weight-total", (id, _) => new SelfEvaluationRule(id, SelfEvaluationCheck.WeightTotal)),
        ("self-evaluation.category-weight", (id, _) => new SelfEvaluationRule(id, SelfEvaluationCheck.CategoryWeight)),
    ];

    /// <summary>The names a set file may give in <c>"check"</c> (only <c>project-goal.project-table</c> takes a <c>"table"</c>).</summary>
    public static IReadOnlyList<string> CheckNames { get; } = [.. Named.Select(n => n.Name)];

    /// <summary>The rule for a named check, or <see langword="null"/> when the name is unknown.</summary>
    public static Rule? Check(string id, string check, string? table)
        => Array.Find(Named, n => n.Name == check) is { Create: { } create } ? create(id, table) : null;

    /// <summary>The rules every set shares: catalog conformance, narrative statements, reported figures.</summary>
    public static IEnumerable<Rule> Common() => RuleFactory.Common();
}
