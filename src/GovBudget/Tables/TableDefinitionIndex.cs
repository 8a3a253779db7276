using System.Runtime.CompilerServices;
using GovBudget.Classification;

namespace GovBudget.Tables;

/// <summary>
/// Lookups derived from a <see cref="TableDefinition"/> that rules need on every run: the amount columns and the
/// subject of each fixed line. Computed once per definition instance (definitions are shared, so this is once per
/// table kind) and kept beside it.
/// </summary>
internal sealed class TableDefinitionIndex
{
    private static readonly ConditionalWeakTable<TableDefinition, TableDefinitionIndex> Cache = new();

    private readonly Dictionary<RowKey, FunctionalCode?> _subjectByLine = [];
    private readonly Dictionary<int, RowKey> _lineBySubject = [];

    private TableDefinitionIndex(TableDefinition definition)
    {
        var amounts = new List<int>(definition.Columns.Count);
        for (var c = 0; c < definition.Columns.Count; c++)
        {
            if (definition.Columns[c].Kind == ColumnKind.Amount)
            {
                amounts.Add(c);
            }
        }

        AmountColumns = [.. amounts];
        foreach (var line in definition.Lines)
        {
            // First one wins, as with FirstOrDefault over the lines.
            _subjectByLine.TryAdd(line.Key, line.Subject);
            if (line.Subject is { } subject)
            {
                _lineBySubject.TryAdd(subject.Value, line.Key);
            }
        }
    }

    /// <summary>The indexes of the amount columns, in printed order.</summary>
    public int[] AmountColumns { get; }

    /// <summary><see langword="true"/> when the definition has fixed lines.</summary>
    public bool HasLines => _subjectByLine.Count > 0;

    /// <summary>The index of a definition.</summary>
    public static TableDefinitionIndex For(TableDefinition definition) => Cache.GetValue(definition, static d => new TableDefinitionIndex(d));

    /// <summary>The subject of the first line with key <paramref name="key"/> (as <c>FindLine(key)?.Subject</c>).</summary>
    public FunctionalCode? SubjectOfLine(RowKey key) => _subjectByLine.TryGetValue(key, out var subject) ? subject : null;

    /// <summary>The key of the first line that reports <paramref name="subject"/>, if any.</summary>
    public bool TryGetLineFor(FunctionalCode subject, out RowKey key) => _lineBySubject.TryGetValue(subject.Value, out key);
}
