using System.Collections.Immutable;
using GovBudget.Collections;
using GovBudget.Disclosures;

namespace GovBudget.Narrative;

/// <summary>
/// What <see cref="NarrativeExtractor.Extract"/> read from a text: the statements (each with its
/// <see cref="NarrativeStatement.Span"/>), the figures that looked like statements but were not understood, and how
/// many lines were passed over as table lines. Immutable.
/// </summary>
public sealed class NarrativeExtraction
{
    internal NarrativeExtraction(ImmutableArray<NarrativeStatement> statements, ImmutableArray<UnreadFigure> unread, int tableLines, int figures)
    {
        Statements = statements;
        NotUnderstood = unread;
        TableLines = tableLines;
        Figures = figures;
    }

    /// <summary>The statements read, in text order.</summary>
    public ImmutableArray<NarrativeStatement> Statements { get; }

    /// <summary>The figures (number + 万元/元/%) in sentences that no statement took, in text order.</summary>
    public ImmutableArray<UnreadFigure> NotUnderstood { get; }

    /// <summary>Lines passed over as table lines (tabs, or figures without sentence punctuation or units).</summary>
    public int TableLines { get; }

    /// <summary>All figures found in sentences (understood or not).</summary>
    public int Figures { get; }

    /// <summary>The disclosure with these statements in place of its own (the tables are not touched).</summary>
    public T ApplyTo<T>(T disclosure)
        where T : Disclosure
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return (T)((Disclosure)disclosure with { Statements = new EquatableArray<NarrativeStatement>(Statements) });
    }

    /// <inheritdoc />
    public override string ToString() => $"{Statements.Length} statements, {NotUnderstood.Length} figures not understood, {TableLines} table lines";
}
