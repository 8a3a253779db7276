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
        // Allocation-light on the common path (a clean run: no findings, nothing skipped): one status per rule and the array.
        Dictionary<string, int>? findingCounts = null;
        if (findings.Count > 0)
        {
            findingCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var finding in findings)
            {
                findingCounts[finding.RuleId] = findingCounts.GetValueOrDefault(finding.RuleId) + 1;
            }
        }

        var skipped = notChecked.Count == 0 ? null : notChecked.ToLookup(n => n.RuleId, StringComparer.Ordinal);
        var statuses = new RuleStatus[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var absent = AbsentTable(rule, disclosure);
            if (absent is not null || !rule.Applies(disclosure))
            {
                statuses[i] = new RuleStatus(rule.Id, RuleState.NotApplicable)
                {
                    Reasons = absent is not null ? TableAbsent : GuardNotMet,
                    AbsentTable = absent,
                };
                continue;
            }

            if (rule.LacksText(disclosure, options))
            {
                statuses[i] = new RuleStatus(rule.Id, RuleState.NotChecked) { Reasons = NoText };
                continue;
            }

            int? count = checks[i] < 0 ? null : checks[i];
            var entries = skipped is null ? 0 : skipped[rule.Id].Count();
            var reasons = entries == 0 ? default : skipped![rule.Id].Select(e => e.Reason).Distinct().Order().ToEquatableArray();
            var state = entries > 0 ? RuleState.Partly : RuleState.Ran;
            if (count == 0)
            {
                // Nothing was compared: every relation was skipped (a column not printed, a blank side) or read only blank cells.
                state = RuleState.NotChecked;
                if (reasons.Count == 0)
                {
                    reasons = OperandsBlank;
                }
            }

            statuses[i] = new RuleStatus(rule.Id, state)
            {
                Findings = findingCounts?.GetValueOrDefault(rule.Id) ?? 0,
                Checks = count,
                NotCheckedCount = entries,
                Reasons = reasons,
            };
        }

        if (options.DisabledRules.IsEmpty)
        {
            return new EquatableArray<RuleStatus>(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(statuses));
        }

        var all = new List<RuleStatus>(statuses);
        {
            foreach (var rule in BuiltInRulesOf(disclosure).Concat(options.CustomRules.IsDefault ? [] : options.CustomRules).Where(r => options.DisabledRules.Contains(r.Id)).DistinctBy(r => r.Id, StringComparer.Ordinal))
            {
                all.Add(new RuleStatus(rule.Id, RuleState.Disabled));
            }
        }

        return all.ToEquatableArray();
    }

    private static readonly EquatableArray<NotCheckedReason> TableAbsent = EquatableArray.Create(NotCheckedReason.TableAbsent);
    private static readonly EquatableArray<NotCheckedReason> GuardNotMet = EquatableArray.Create(NotCheckedReason.GuardNotMet);
    private static readonly EquatableArray<NotCheckedReason> NoText = EquatableArray.Create(NotCheckedReason.NoText);
    private static readonly EquatableArray<NotCheckedReason> OperandsBlank = EquatableArray.Create(NotCheckedReason.OperandsBlank);

    private static string? AbsentTable(Rule rule, Disclosure disclosure)
    {
        var tables = rule.Tables;
        for (var t = 0; t < tables.Count; t++)
        {
            if (disclosure.FindTable(tables[t]) is null)
            {
                return tables[t];
            }
        }

        return null;
    }

    private static System.Collections.Immutable.ImmutableArray<Rule> BuiltInRulesOf(Disclosure disclosure) => Sets.BuiltInRuleSets.For(disclosure).Rules;
}
