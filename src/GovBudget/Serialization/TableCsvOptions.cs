namespace GovBudget.Serialization;

/// <summary>Options of <see cref="TableCsv"/>.</summary>
public sealed record TableCsvOptions
{
    /// <summary>The default options: no BOM.</summary>
    public static TableCsvOptions Default { get; } = new();

    /// <summary>Whether the writer starts with a byte-order mark, so that Excel opens the UTF-8 file correctly (default <see langword="false"/>).</summary>
    public bool IncludeBom { get; init; }

    /// <summary>The name of the input (a file name) used in error messages, if any.</summary>
    public string? SourceName { get; init; }

    /// <summary>The largest number of characters a reader accepts (default 16 Mi).</summary>
    public long MaxCharacters { get; init; } = 16 * 1024 * 1024;
}
