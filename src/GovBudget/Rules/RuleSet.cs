using System.Collections.Immutable;
using System.Runtime.CompilerServices;

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

    private readonly StrongBox<Tuple<ImmutableHashSet<string>, IReadOnlyList<Rule>>?> _lastWithout = new();

    /// <summary>The rules whose ids are not in <paramref name="disabled"/>, cached for the last set asked for.</summary>
    internal IReadOnlyList<Rule> Without(ImmutableHashSet<string> disabled)
    {
        if (disabled.IsEmpty)
        {
            return RulesList;
        }

        // One reference read and one reference write: safe when validations run in parallel.
        if (_lastWithout.Value is { } last && ReferenceEquals(last.Item1, disabled))
        {
            return last.Item2;
        }

        IReadOnlyList<Rule> rules = [.. Rules.Where(r => !disabled.Contains(r.Id))];
        _lastWithout.Value = Tuple.Create(disabled, rules);
        return rules;
    }

    /// <summary>The rule with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Rule? Find(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
}
