namespace GovBudget.Rules.Families;

/// <summary>What a <see cref="CatalogRule"/> checks.</summary>
public enum CatalogCheck
{
    /// <summary>The code is in the edition's catalog (an error when the catalog is complete, a warning when partial).</summary>
    KnownCode = 0,

    /// <summary>The printed name is the edition's name of the code (after normalisation).</summary>
    Name = 1,

    /// <summary>A 项 (or 款) is printed under its own parent, not under another 款 (or 类).</summary>
    Nesting = 2,
}
