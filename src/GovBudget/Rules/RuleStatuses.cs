using GovBudget.Collections;
using GovBudget.Disclosures;

namespace GovBudget.Rules;

/// <summary>Builds the per-rule status summary of a run (<see cref="ValidationReport.RuleStatuses"/>) from what the rules did.</summary>
internal static class RuleStatuses
{
    /// <summary>
    /// One status per rule of the run (and per disabled rule of the disclosure's set), in rule order.
    /// <paramref name="checks"/> gives, per rule, the relations it checked, or -1 for families that do not count them.
    /// </summary>
    public static EquatableArray<RuleStatus> Build(
        Disclosure disclosure,
        ValidationOptions options,
        IReadOnlyList<Rule> rules,
        ReadOnlySpan<int> checks,
        IReadOnlyList<Finding> findings,
        IReadOnlyList<NotChecked> notChecked)
    {
        var findingCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            findingCounts[finding.RuleId] = findingCounts.GetValueOrDefault(finding.RuleId) + 1;
        }

        var skipped = notChecked.ToLookup(n => n.RuleId, StringComparer.Ordinal);
        var statuses = new List<RuleStatus>(rules.Count);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var absent = rule.Tables.FirstOrDefault(t => disclosure.FindTable(t) is null);
            if (absent is not null || !rule.Applies(disclosure))
            {
                statuses.Add(new RuleStatus(rule.Id, RuleState.NotApplicable)
                {
                    Reasons = EquatableArray.Create(absent is not null ? NotCheckedReason.TableAbsent : NotCheckedReason.GuardNotMet),
                    AbsentTable = absent,
                });
                continue;
            }

            var entries = skipped[rule.Id].ToList();
            int? count = checks[i] < 0 ? null : checks[i];
            var reasons = entries.Select(e => e.Reason).Distinct().Order().ToList();
            var state = entries.Count > 0 ? RuleState.Partly : RuleState.Ran;
            if (count == 0)
            {
                // Nothing was compared: every relation was skipped (a column not printed, a blank side) or read only blank cells.
                state = RuleState.NotChecked;
                if (reasons.Count == 0)
                {
                    reasons.Add(NotCheckedReason.OperandsBlank);
                }
            }

            statuses.Add(new RuleStatus(rule.Id, state)
            {
                Findings = findingCounts.GetValueOrDefault(rule.Id),
                Checks = count,
                NotCheckedCount = entries.Count,
                Reasons = reasons.ToEquatableArray(),
            });
        }

        if (!options.DisabledRules.IsEmpty)
        {
            foreach (var rule in BuiltInRulesOf(disclosure).Concat(options.CustomRules.IsDefault ? [] : options.CustomRules).Where(r => options.DisabledRules.Contains(r.Id)).DistinctBy(r => r.Id, StringComparer.Ordinal))
            {
                statuses.Add(new RuleStatus(rule.Id, RuleState.Disabled));
            }
        }

        return statuses.ToEquatableArray();
    }

    private static System.Collections.Immutable.ImmutableArray<Rule> BuiltInRulesOf(Disclosure disclosure) => Sets.BuiltInRuleSets.For(disclosure).Rules;
}
