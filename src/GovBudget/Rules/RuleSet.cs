using System.Collections.Immutable;

namespace GovBudget.Rules;

/// <summary>A named, ordered set of rules with unique ids.</summary>
public sealed class RuleSet
{
    /// <summary>Creates a rule set.</summary>
    /// <exception cref="ArgumentException">Two rules share an id.</exception>
    public RuleSet(string name, string descriptionZh, IEnumerable<Rule> rules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(rules);
        Name = name;
        DescriptionZh = descriptionZh;
        Rules = [.. rules];
        RulesList = [.. Rules];
        var duplicate = Rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Rule id {duplicate.Key} appears twice in rule set {name}.", nameof(rules));
        }
    }

    /// <summary>The set's name (<c>budget</c>, <c>budget-legacy</c>, <c>settlement</c>).</summary>
    public string Name { get; }

    /// <summary>A description in Chinese.</summary>
    public string DescriptionZh { get; }

    /// <summary>The rules, in catalogue order.</summary>
    public ImmutableArray<Rule> Rules { get; }

    /// <summary>The rules as a list (no boxing of the immutable array when enumerated as a list).</summary>
    internal IReadOnlyList<Rule> RulesList { get; }

    /// <summary>The rule with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Rule? Find(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
}
