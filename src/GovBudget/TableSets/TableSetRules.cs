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
    /// <summary>The names a set file may give in <c>"check"</c> (only <c>project-goal.project-table</c> takes a <c>"table"</c>).</summary>
    public static IReadOnlyList<string> CheckNames { get; } =
    [
        "overall-goal.sum", "overall-goal.share", "overall-goal.balance", "overall-goal.tables",
        "project-goal.cost-items", "project-goal.funding", "project-goal.project-table",
        "self-evaluation.execution-rate", "self-evaluation.execution-score", "self-evaluation.total-score", "self-evaluation.score-within-weight",
    ];

    /// <summary>The rule for a named check, or <see langword="null"/> when the name is unknown.</summary>
    public static Rule? Check(string id, string check, string? table) => check switch
    {
        "overall-goal.sum" => new OverallGoalRule(id, OverallGoalCheck.Sum),
        "overall-goal.share" => new OverallGoalRule(id, OverallGoalCheck.Share),
        "overall-goal.balance" => new OverallGoalRule(id, OverallGoalCheck.Balance),
        "overall-goal.tables" => new OverallGoalRule(id, OverallGoalCheck.Tables),
        "project-goal.cost-items" => new ProjectGoalRule(id, ProjectGoalCheck.CostItems),
        "project-goal.funding" => new ProjectGoalRule(id, ProjectGoalCheck.Funding),
        "project-goal.project-table" => new ProjectGoalRule(id, ProjectGoalCheck.ProjectTable, table ?? "表10"),
        "self-evaluation.execution-rate" => new SelfEvaluationRule(id, SelfEvaluationCheck.ExecutionRate),
        "self-evaluation.execution-score" => new SelfEvaluationRule(id, SelfEvaluationCheck.ExecutionScore),
        "self-evaluation.total-score" => new SelfEvaluationRule(id, SelfEvaluationCheck.TotalScore),
        "self-evaluation.score-within-weight" => new SelfEvaluationRule(id, SelfEvaluationCheck.ScoreWithinWeight),
        _ => null,
    };

    /// <summary>The rules every set shares: catalog conformance, narrative statements, reported figures.</summary>
    public static IEnumerable<Rule> Common() => RuleFactory.Common();
}
