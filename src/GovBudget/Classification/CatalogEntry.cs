namespace GovBudget.Classification;

/// <summary>A code in a catalog edition with its name in that edition.</summary>
/// <typeparam name="TCode">The code type.</typeparam>
/// <param name="Code">The code.</param>
/// <param name="Name">The official name in the catalog's edition.</param>
/// <param name="Note">The source note from the catalog file, if any.</param>
public sealed record CatalogEntry<TCode>(TCode Code, string Name, string? Note = null)
    where TCode : struct, ISubjectCode<TCode>;
