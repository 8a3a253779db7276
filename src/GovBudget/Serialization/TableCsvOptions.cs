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

    /// <summary>
    /// Whether fields a spreadsheet program could run as a formula are neutralised (default <see langword="true"/>):
    /// the writer puts an apostrophe before a field that begins with <c>=</c>, <c>+</c>, <c>@</c>, a tab or CR, or
    /// <c>-</c> without being a number (and before one that begins with an apostrophe), and the reader removes it again,
    /// so the round trip stays lossless. Set it to <see langword="false"/> on both sides to write and read fields as they are.
    /// </summary>
    public bool NeutralizeFormulas { get; init; } = true;

    /// <summary>The largest number of characters a reader accepts (default 16 Mi).</summary>
    public long MaxCharacters { get; init; } = 16 * 1024 * 1024;
}
