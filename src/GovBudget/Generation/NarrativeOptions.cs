namespace GovBudget.Generation;

/// <summary>Options of <see cref="NarrativeGenerator"/>.</summary>
public sealed record NarrativeOptions
{
    /// <summary>The seed of the figures the tables do not hold (last year's figures, 年初预算 of a settlement): the same seed always gives the same text.</summary>
    public int Seed { get; init; }

    /// <summary>The decimals rates are printed with (1 or 2; 2 by default).</summary>
    public int RateDecimals { get; init; } = 2;

    /// <summary>Whether amounts of 1,000 万元 and more are printed with thousands separators (<c>37,151.47</c>), as some documents do.</summary>
    public bool GroupDigits { get; init; }

    /// <summary>The lines per page of the text (40 by default); pages are numbered from 1.</summary>
    public int LinesPerPage { get; init; } = 40;

    /// <summary>The sentence templates; <see langword="null"/> for <see cref="NarrativeTemplates.Default"/>.</summary>
    public NarrativeTemplates? Templates { get; init; }
}
