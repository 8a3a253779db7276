using GovBudget.Disclosures;
using GovBudget.TableSets;

namespace GovBudget.Rules.Sets;

/// <summary>
/// The rule sets of the built-in table sets (<see cref="TableSetRegistry.BuiltIn"/>): each set's formulas, roll-ups
/// and checks are declared in its data file, and every set adds the checks all share (<see cref="RuleFactory.Common"/>).
/// Their catalogue is <c>docs/rule-catalogue.md</c>, generated from these objects by <see cref="RuleCatalogue"/>.
/// </summary>
public static class BuiltInRuleSets
{
    /// <summary>Budget, current Hubei layout (table set <c>hubei.budget</c>).</summary>
    public static RuleSet Budget => TableSetRegistry.BuiltIn.Get("hubei.budget").Rules;

    /// <summary>Budget, older Hubei layout (table set <c>hubei.budget.legacy</c>).</summary>
    public static RuleSet BudgetLegacy => TableSetRegistry.BuiltIn.Get("hubei.budget.legacy").Rules;

    /// <summary>Settlement (table set <c>national.settlement</c>).</summary>
    public static RuleSet Settlement => TableSetRegistry.BuiltIn.Get("national.settlement").Rules;

    /// <summary>The rule set of every built-in table set, ordered by set id.</summary>
    public static IReadOnlyList<RuleSet> All => [.. TableSetRegistry.BuiltIn.All.Select(s => s.Rules)];

    /// <summary>The rule set of the disclosure's table set.</summary>
    public static RuleSet For(Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return disclosure.TableSet.Rules;
    }
}
