using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace GovBudget.Classification;

/// <summary>
/// One edition of a classification: lookup by code (allocation-free), children, ancestors and the name of each code
/// in that edition. Immutable; obtain one from <see cref="CatalogSet"/> or <see cref="Create"/>.
/// </summary>
/// <typeparam name="TCode"><see cref="FunctionalCode"/> or <see cref="EconomicCode"/>.</typeparam>
public sealed class SubjectCatalog<TCode>
    where TCode : struct, ISubjectCode<TCode>
{
    private readonly FrozenDictionary<int, CatalogEntry<TCode>> _entries;
    private readonly FrozenDictionary<int, ImmutableArray<TCode>> _children;

    private SubjectCatalog(CatalogKind kind, int edition, bool isComplete, IEnumerable<CatalogEntry<TCode>> entries)
    {
        Kind = kind;
        Edition = edition;
        IsComplete = isComplete;
        _entries = entries.ToFrozenDictionary(e => e.Code.Value);
        Roots = [.. _entries.Values.Where(e => e.Code.Parent is null).Select(e => e.Code).OrderBy(c => c.Value)];
        _children = _entries.Values
            .Where(e => e.Code.Parent is not null)
            .GroupBy(e => e.Code.Parent!.Value.Value)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Code).OrderBy(c => c.Value).ToImmutableArray());
    }

    /// <summary>Which classification this is.</summary>
    public CatalogKind Kind { get; }

    /// <summary>The edition year.</summary>
    public int Edition { get; }

    /// <summary>
    /// <see langword="true"/> when the catalog lists every code of the edition; when <see langword="false"/> (the
    /// built-in functional catalog), a code missing from it may still be valid.
    /// </summary>
    public bool IsComplete { get; }

    /// <summary>The number of codes.</summary>
    public int Count => _entries.Count;

    /// <summary>The top-level codes (类), in code order.</summary>
    public ImmutableArray<TCode> Roots { get; }

    /// <summary>Every entry, in code order.</summary>
    public IEnumerable<CatalogEntry<TCode>> Entries => _entries.Values.OrderBy(e => e.Code.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>
    /// Builds the catalog of <paramref name="edition"/> from a catalog document; it is complete when the document is
    /// complete for that edition (<see cref="CatalogDocument.IsCompleteFor"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The document is of another kind of code, or names a code twice for the edition.</exception>
    public static SubjectCatalog<TCode> Create(CatalogDocument document, int edition)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entries = new Dictionary<int, CatalogEntry<TCode>>();
        foreach (var row in document.Rows)
        {
            if (!(document.Edition is { } only ? only == edition : row.AppliesTo(edition)))
            {
                continue;
            }

            if (!TCode.TryFromValue(row.Code, out var code))
            {
                throw new ArgumentException($"{row.Code} is not a code of type {typeof(TCode).Name}.", nameof(document));
            }

            if (!entries.TryAdd(row.Code, new CatalogEntry<TCode>(code, row.Name, row.Note)))
            {
                throw new ArgumentException($"The document names code {row.Code} twice for edition {edition}.", nameof(document));
            }
        }

        return new SubjectCatalog<TCode>(document.Kind, edition, document.IsCompleteFor(edition), entries.Values);
    }

    /// <summary>Looks a code up without allocating.</summary>
    public bool TryGet(TCode code, [NotNullWhen(true)] out CatalogEntry<TCode>? entry) => _entries.TryGetValue(code.Value, out entry);

    /// <summary><see langword="true"/> when the code is in the catalog.</summary>
    public bool Contains(TCode code) => _entries.ContainsKey(code.Value);

    /// <summary>The name of <paramref name="code"/> in this edition, or <see langword="null"/> when it is not listed.</summary>
    public string? NameOf(TCode code) => _entries.TryGetValue(code.Value, out var entry) ? entry.Name : null;

    /// <summary>The listed children of <paramref name="code"/>, in code order (empty for a leaf or an unknown code).</summary>
    public ImmutableArray<TCode> ChildrenOf(TCode code) => _children.TryGetValue(code.Value, out var children) ? children : [];

    /// <summary>The ancestors of <paramref name="code"/> from its parent up to its 类 (whether or not they are listed).</summary>
    public IEnumerable<TCode> AncestorsOf(TCode code)
    {
        for (var current = code.Parent; current is { } parent; current = parent.Parent)
        {
            yield return parent;
        }
    }

    /// <summary>
    /// <see langword="true"/> when <paramref name="printedName"/> is this edition's name of <paramref name="code"/>,
    /// tolerating spaces, line wraps and full/half-width punctuation (<see cref="SubjectNames"/>).
    /// </summary>
    public bool NameMatches(TCode code, string printedName) => NameOf(code) is { } name && SubjectNames.Equivalent(name, printedName);

    /// <summary>
    /// A catalog with the entries of both: entries of <paramref name="other"/> replace those of this catalog with the
    /// same code. The result is complete when either is.
    /// </summary>
    /// <exception cref="ArgumentException">The catalogs are of different kinds or editions.</exception>
    public SubjectCatalog<TCode> MergedWith(SubjectCatalog<TCode> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Kind != Kind || other.Edition != Edition)
        {
            throw new ArgumentException("Only catalogs of the same kind and edition can be merged.", nameof(other));
        }

        var merged = _entries.ToDictionary();
        foreach (var (code, entry) in other._entries)
        {
            merged[code] = entry;
        }

        return new SubjectCatalog<TCode>(Kind, Edition, IsComplete || other.IsComplete, merged.Values);
    }
}
