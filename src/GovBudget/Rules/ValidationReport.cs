using GovBudget.Collections;

namespace GovBudget.Rules;

/// <summary>The immutable result of validating a disclosure: findings in a stable order, with counts.</summary>
/// <param name="Findings">The findings, ordered by table, rule id and location.</param>
/// <param name="RulesRun">How many rules were evaluated.</param>
/// <param name="Language">The message language chosen in the options (<c>zh</c> or <c>en</c>).</param>
public sealed record ValidationReport(EquatableArray<Finding> Findings, int RulesRun, string Language = "zh")
{
    /// <summary>The message of <paramref name="finding"/> in the report's language.</summary>
    public string MessageOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Message(Language);
    }

    /// <summary>What rules could not check, and why (a column the document does not print …), in rule order.</summary>
    public EquatableArray<NotChecked> NotChecked { get; init; }

    /// <summary>
    /// What became of each rule of the run, in rule order: ran, partly, not checked, not applicable (a table absent, a
    /// guard) or disabled, with counts and reasons — so a report never reads as clean where nothing could be checked.
    /// </summary>
    public EquatableArray<RuleStatus> RuleStatuses
    {
        // Built on first use (a run nobody asks about allocates only the per-rule check counts), then kept: observably
        // immutable. A copy made with `with` shares the cache unless it sets RuleStatuses itself.
        get
        {
            var cache = _statuses;
            return cache.Value ??= cache.Factory?.Invoke(this) ?? default;
        }

        init => _statuses = new StatusCache { Value = value };
    }

    private readonly StatusCache _statuses = new();

    /// <summary>This report with <see cref="RuleStatuses"/> built by <paramref name="factory"/> when first read.</summary>
    internal ValidationReport WithStatusFactory(Func<ValidationReport, EquatableArray<RuleStatus>> factory)
    {
        _statuses.Factory = factory;
        return this;
    }

    /// <summary>The memo of <see cref="RuleStatuses"/>.</summary>
    private sealed class StatusCache
    {
        public Func<ValidationReport, EquatableArray<RuleStatus>>? Factory { get; set; }

        public EquatableArray<RuleStatus>? Value { get; set; }
    }

    /// <summary>Structural equality over findings, rules run, language, what was not checked and the rule statuses.</summary>
    public bool Equals(ValidationReport? other)
        => other is not null && (ReferenceEquals(this, other)
            || (Findings.Equals(other.Findings) && RulesRun == other.RulesRun && string.Equals(Language, other.Language, StringComparison.Ordinal)
                && NotChecked.Equals(other.NotChecked) && RuleStatuses.Equals(other.RuleStatuses)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Findings, RulesRun, Language, NotChecked);

    /// <summary>The number of rules in <paramref name="state"/> (from <see cref="RuleStatuses"/>).</summary>
    public int CountRules(RuleState state) => RuleStatuses.Count(s => s.State == state);

    /// <summary>Findings that are not explained by rounding: severity above <see cref="Severity.Info"/>.</summary>
    public IEnumerable<Finding> Problems => Findings.Where(f => f.Severity > Severity.Info);

    /// <summary><see langword="true"/> when no finding is above <see cref="Severity.Info"/>.</summary>
    public bool IsConsistent => !Problems.Any();

    /// <summary>The number of findings of a severity.</summary>
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>Findings grouped by rule id, with counts, in rule id order.</summary>
    public IEnumerable<(string RuleId, int Count)> CountsByRule
        => Findings.GroupBy(f => f.RuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()));

    /// <summary>Findings grouped by table id.</summary>
    public ILookup<string, Finding> ByTable => Findings.ToLookup(f => f.Location.TableId, StringComparer.Ordinal);

    /// <summary>A short summary such as <c>3 errors, 0 inconsistencies, 1 warning, 7 rounding</c>.</summary>
    public override string ToString()
        => $"{Count(Severity.Error)} errors, {Count(Severity.Inconsistency)} inconsistencies, {Count(Severity.Warning)} warnings, {Count(Severity.Info)} rounding (尾差)";
}
