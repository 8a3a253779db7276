namespace GovBudget.Classification;

/// <summary>One row of a catalog file: a code, its name, and the editions the name holds for.</summary>
/// <param name="Code">The code digits (e.g. 2080505).</param>
/// <param name="Name">The official name in those editions.</param>
/// <param name="From">The first edition year, or <see langword="null"/> for "since forever".</param>
/// <param name="To">The last edition year, or <see langword="null"/> for "still valid".</param>
/// <param name="Note">Source or remark, if any.</param>
public sealed record CatalogRow(int Code, string Name, int? From = null, int? To = null, string? Note = null)
{
    /// <summary><see langword="true"/> when the row holds for <paramref name="edition"/>.</summary>
    public bool AppliesTo(int edition) => (From is null || From <= edition) && (To is null || edition <= To);
}
