using GovBudget.Collections;
using GovBudget.Disclosures;
using GovBudget.Rules.Sets;

namespace GovBudget.Rules;

/// <summary>Runs rules over a disclosure and returns an immutable, deterministically ordered report.</summary>
public static class Validator
{
    /// <summary>
    /// Validates <paramref name="disclosure"/>: the rule sets of <paramref name="options"/> (default: the built-in set
    /// for its kind and layout) plus custom rules, in interval (尾差) or strict mode, with severity overrides.
    /// Bad data gives findings; it never throws. A rule whose sums leave the range of <see cref="Amounts.Amount"/> or
    /// <see cref="decimal"/> gives one finding "数值超出可核对范围" (figures out of the checkable range) with its own id
    /// and severity instead of its checks.
    /// </summary>
    public static ValidationReport Validate(this Disclosure disclosure, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        options ??= ValidationOptions.Default;
        var rules = RulesFor(disclosure, options);
        var context = new RuleContext(disclosure, options);
        var findings = new List<Finding>();
        var checks = new int[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            var before = context.Scratch.ChecksRun;
            try
            {
                rules[i].EvaluateInto(context, findings);
                checks[i] = rules[i] is FormulaRule ? context.Scratch.ChecksRun - before : -1;
            }
            catch (ArithmeticException)
            {
                // A sum, difference or ratio left the range of Amount or decimal: the rule cannot check these figures.
                // The findings the rule gave before that stay; the rule adds one finding saying why it stopped.
                findings.Add(RuleContext.OutOfRange(rules[i], context));
                checks[i] = -1;
            }
        }

        Rounding.JointRounding.Decide(context, findings);

        if (!options.SeverityOverrides.IsEmpty)
        {
            ApplyOverrides(findings, options.SeverityOverrides);
        }

        if (findings.Count > 0 && options.MinimumSeverity > Severity.Info)
        {
            RemoveBelow(findings, options.MinimumSeverity);
        }

        var notChecked = context.NotCheckedList.Count == 0 ? default : context.NotCheckedList.ToEquatableArray();
        if (findings.Count == 0)
        {
            return new ValidationReport(EquatableArray<Finding>.Empty, rules.Count, options.Language) { NotChecked = notChecked }.WithStatusFactory(StatusFactory(disclosure, options, rules, checks));
        }

        var sorted = findings
            .OrderBy(f => f.Location.TableId, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Row)
            .ThenBy(f => f.Location.ColumnId, StringComparer.Ordinal)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.MessageEn, StringComparer.Ordinal)
            .ToEquatableArray();
        return new ValidationReport(sorted, rules.Count, options.Language) { NotChecked = notChecked }.WithStatusFactory(StatusFactory(disclosure, options, rules, checks));
    }

    /// <summary>
    /// Gives every finding above <see cref="Severity.Info"/> that rounding does not explain the severity its rule is
    /// overridden to — also the findings a family reports at a fixed level (a project not found …), not only those of
    /// <see cref="RuleContext.SeverityFor"/>. 尾差 and other informational findings stay <see cref="Severity.Info"/>.
    /// </summary>
    private static void ApplyOverrides(List<Finding> findings, System.Collections.Immutable.ImmutableDictionary<string, Severity> overrides)
    {
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            if (finding.Severity > Severity.Info && !finding.WithinRounding && overrides.TryGetValue(finding.RuleId, out var severity) && severity != finding.Severity)
            {
                findings[i] = finding with { Severity = severity };
            }
        }
    }

    /// <summary>The per-rule statuses of a report, built from its findings and what it did not check when first asked for.</summary>
    private static Func<ValidationReport, EquatableArray<RuleStatus>> StatusFactory(Disclosure disclosure, ValidationOptions options, IReadOnlyList<Rule> rules, int[] checks)
        => report => RuleStatuses.Build(disclosure, options, rules, checks, report.Findings, report.NotChecked);

    private static void RemoveBelow(List<Finding> findings, Severity minimum) => findings.RemoveAll(f => f.Severity < minimum);

    private static IReadOnlyList<Rule> RulesFor(Disclosure disclosure, ValidationOptions options)
    {
        if (options.RuleSets.IsDefaultOrEmpty && options.CustomRules.IsDefaultOrEmpty)
        {
            // A rule set's ids are unique, so the built-in set needs no de-duplication; the list without the disabled
            // rules is kept with the set for the last set of disabled ids seen.
            return BuiltInRuleSets.For(disclosure).Without(options.DisabledRules);
        }

        var sets = options.RuleSets.IsDefaultOrEmpty ? [BuiltInRuleSets.For(disclosure)] : options.RuleSets;
        return sets.SelectMany(s => s.Rules)
            .Concat(options.CustomRules.IsDefault ? [] : options.CustomRules)
            .Where(r => !options.DisabledRules.Contains(r.Id))
            .DistinctBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }
}
