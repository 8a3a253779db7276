namespace GovBudget.Rules.Families;

/// <summary>What a <see cref="CatalogRule"/> checks.</summary>
public enum CatalogCheck
{
    /// <summary>
    /// The code is in the edition's catalog: a finding on every row when the catalog is complete for the edition; when
    /// it is partial, one <see cref="Severity.Info"/> per code and document (a gap in the catalog, not in the document).
    /// </summary>
    KnownCode = 0,

    /// <summary>
    /// The printed name is the edition's name of the code (after normalisation). A code missing from a partial catalog
    /// has no name to compare: one <see cref="Severity.Info"/> per code and document says so.
    /// </summary>
    Name = 1,

    /// <summary>A 项 (or 款) is printed under its own parent, not under another 款 (or 类).</summary>
    Nesting = 2,
}
