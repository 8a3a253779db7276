using System.Collections.Concurrent;
using GovBudget.Classification;

namespace GovBudget.TableSets;

/// <summary>
/// A table set read once per 类 list: the set as its file numbers it (<see cref="Root"/>), and the sets read for
/// catalog editions whose 类 list differs (<see cref="TableSet.ForEdition"/>). Thread-safe; the root and every variant
/// share this object.
/// </summary>
internal sealed class TableSetVariants(Func<int, TableSet> read)
{
    private readonly ConcurrentDictionary<string, TableSet> _byClasses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, TableSet> _byEdition = new();
    private TableSet? _root;

    /// <summary>The set as its file numbers it; set once, right after it is read.</summary>
    public TableSet Root
    {
        get => _root ?? throw new InvalidOperationException("The table set is still being read.");
        set
        {
            _root = value;
            if (value.ClassLinesEdition is { } edition)
            {
                _byClasses[Signature(edition)] = value;
            }
        }
    }

    public TableSet For(int edition) => _byEdition.GetOrAdd(edition, e =>
    {
        var signature = Signature(e);

        // An edition whose catalog has no 类 (before the catalog data starts) keeps the file's numbering.
        return signature.Length == 0 ? Root : _byClasses.GetOrAdd(signature, _ => read(e));
    });

    /// <summary>The 类 lists of every numbered block for <paramref name="edition"/>; empty when the catalog has none.</summary>
    private string Signature(int edition)
    {
        var parts = new List<string>();
        foreach (var block in Root.ClassLineBlocks)
        {
            var classes = ClassLineBlock.ClassesOf(CatalogSet.BuiltIn, edition, block.Exclude);
            if (classes.Length == 0)
            {
                return string.Empty;
            }

            parts.Add(block.TableId + ":" + string.Join(",", classes.Select(c => c.Value)));
        }

        return string.Join("|", parts);
    }
}
