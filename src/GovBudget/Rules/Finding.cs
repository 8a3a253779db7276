using GovBudget.Amounts;
using GovBudget.Collections;
using GovBudget.Tables;

namespace GovBudget.Rules;

/// <summary>
/// One result of a rule: which rule, how serious, where (table, row, column), the expected and actual values with
/// their rounding intervals, the difference, and the cells that took part.
/// </summary>
/// <param name="RuleId">The rule's stable id.</param>
/// <param name="Severity">The severity after rounding classification and overrides.</param>
/// <param name="Location">The cell the finding is about (the left-hand side of the formula, the parent of a roll-up).</param>
public sealed record Finding(string RuleId, Severity Severity, CellAddress Location)
{
    /// <summary>The message in Chinese.</summary>
    public string MessageZh { get; init; } = string.Empty;

    /// <summary>The message in English.</summary>
    public string MessageEn { get; init; } = string.Empty;

    /// <summary>The printed value at the location (or the left-hand side's printed sum).</summary>
    public Amount? Actual { get; init; }

    /// <summary>The interval the actual value stands for.</summary>
    public AmountInterval? ActualInterval { get; init; }

    /// <summary>The value the rule expects (the right-hand side's printed sum).</summary>
    public Amount? Expected { get; init; }

    /// <summary>The interval the expected value stands for.</summary>
    public AmountInterval? ExpectedInterval { get; init; }

    /// <summary>Actual − expected, in printed values.</summary>
    public Amount? Difference { get; init; }

    /// <summary>How far apart the two intervals are: zero when rounding explains the difference.</summary>
    public Amount? Excess { get; init; }

    /// <summary><see langword="true"/> when rounding (尾差) explains the difference.</summary>
    public bool WithinRounding { get; init; }

    /// <summary>For percentage checks: the printed rate.</summary>
    public Percentage? PrintedRate { get; init; }

    /// <summary>For percentage checks: the rate computed from the printed amounts.</summary>
    public decimal? ComputedRate { get; init; }

    /// <summary>
    /// For a finding about the explanatory text (a statement read from it, a proofreading mark): where it stands in the
    /// text (page, line, column); <see langword="null"/> for findings about table cells only.
    /// </summary>
    public Disclosures.TextSpan? Span { get; init; }

    /// <summary>The cells that took part.</summary>
    public EquatableArray<Contributor> Contributors { get; init; }

    /// <summary>The message in the given language (<c>zh</c> or <c>en</c>).</summary>
    public string Message(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? MessageEn : MessageZh;

    /// <summary>One line: severity, rule, location and English message.</summary>
    public override string ToString() => $"{Severity} {RuleId} {Location}: {MessageEn}";
}
