using System.Globalization;
using System.Text;
using GovBudget.Disclosures;
using GovBudget.Rules;

namespace GovBudget.Testing;

/// <summary>
/// Assertions on disclosures for test suites, independent of the test framework. Failure messages list the findings
/// readably: severity, rule id, location and message.
/// </summary>
/// <example>
/// <code>
/// BudgetAssert.Consistent(disclosure);                 // no finding above 尾差 (Info)
/// BudgetAssert.Violates(disclosure, "BUD.T11.SHARE");  // at least one finding of that rule above Info
/// BudgetAssert.Violates(disclosure, "BUD.T5-1.ROLLUP", count: 2);
/// </code>
/// </example>
public static class BudgetAssert
{
    /// <summary>Asserts that validation gives no finding above <see cref="Severity.Info"/>; returns the report.</summary>
    /// <exception cref="BudgetAssertionException">There are such findings; the message lists them.</exception>
    public static ValidationReport Consistent(Disclosure disclosure, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var report = disclosure.Validate(options);
        var problems = report.Problems.ToList();
        if (problems.Count > 0)
        {
            throw new BudgetAssertionException(Describe($"Expected the disclosure to be consistent, but validation found {problems.Count} problem(s) ({report}):", problems, report));
        }

        return report;
    }

    /// <summary>
    /// Asserts that validation gives findings of <paramref name="ruleId"/> above <see cref="Severity.Info"/> — at least
    /// one, or exactly <paramref name="count"/> when given; returns those findings.
    /// </summary>
    /// <exception cref="BudgetAssertionException">The rule was not violated as expected; the message lists what was found.</exception>
    public static IReadOnlyList<Finding> Violates(Disclosure disclosure, string ruleId, int? count = null, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        var report = disclosure.Validate(options);
        var matching = report.Problems.Where(f => string.Equals(f.RuleId, ruleId, StringComparison.Ordinal)).ToList();
        if (matching.Count == 0 || (count is { } expected && matching.Count != expected))
        {
            var wanted = count is { } c ? c.ToString(CultureInfo.InvariantCulture) : "at least one";
            throw new BudgetAssertionException(Describe($"Expected {wanted} finding(s) of rule {ruleId}, found {matching.Count}. All problems ({report}):", [.. report.Problems], report));
        }

        return matching;
    }

    /// <summary>Asserts that validation gives no finding of <paramref name="ruleId"/> above <see cref="Severity.Info"/>.</summary>
    /// <exception cref="BudgetAssertionException">The rule was violated; the message lists its findings.</exception>
    public static void DoesNotViolate(Disclosure disclosure, string ruleId, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        var report = disclosure.Validate(options);
        var matching = report.Problems.Where(f => string.Equals(f.RuleId, ruleId, StringComparison.Ordinal)).ToList();
        if (matching.Count > 0)
        {
            throw new BudgetAssertionException(Describe($"Expected no finding of rule {ruleId}, found {matching.Count}:", matching, report));
        }
    }

    private static string Describe(string headline, List<Finding> findings, ValidationReport report)
    {
        var text = new StringBuilder(headline);
        foreach (var finding in findings.Take(50))
        {
            text.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}  [{finding.Severity}] {finding.RuleId} at {finding.Location}: {report.MessageOf(finding)}");
        }

        if (findings.Count > 50)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}  … and {findings.Count - 50} more");
        }

        return text.ToString();
    }
}
