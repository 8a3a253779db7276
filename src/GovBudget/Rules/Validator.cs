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
    /// Bad data gives findings; it never throws.
    /// </summary>
    public static ValidationReport Validate(this Disclosure disclosure, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        options ??= ValidationOptions.Default;
        var sets = options.RuleSets.IsDefaultOrEmpty ? [BuiltInRuleSets.For(disclosure)] : options.RuleSets;
        var rules = sets.SelectMany(s => s.Rules)
            .Concat(options.CustomRules.IsDefault ? [] : options.CustomRules)
            .Where(r => !options.DisabledRules.Contains(r.Id))
            .DistinctBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var context = new RuleContext(disclosure, options);
        var findings = rules
            .SelectMany(r => r.Evaluate(context))
            .Where(f => f.Severity >= options.MinimumSeverity)
            .OrderBy(f => f.Location.TableId, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Row)
            .ThenBy(f => f.Location.ColumnId, StringComparer.Ordinal)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.MessageEn, StringComparer.Ordinal)
            .ToEquatableArray();
        return new ValidationReport(findings, rules.Count, options.Language);
    }
}
