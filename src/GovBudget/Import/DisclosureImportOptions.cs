namespace GovBudget.Import;

/// <summary>Options of <see cref="DisclosureImporter"/>.</summary>
public sealed record DisclosureImportOptions
{
    /// <summary>The default options (lenient).</summary>
    public static DisclosureImportOptions Default { get; } = new();

    /// <summary>When set, anything not understood (or any builder problem) fails the import with a <see cref="GovBudgetFormatException"/>.</summary>
    public bool Strict { get; init; }
}
