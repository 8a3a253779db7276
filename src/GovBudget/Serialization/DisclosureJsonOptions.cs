namespace GovBudget.Serialization;

/// <summary>Options of <see cref="DisclosureJson"/> and <see cref="DisclosureJsonLines"/>. The defaults suit untrusted input.</summary>
public sealed record DisclosureJsonOptions
{
    /// <summary>The default options.</summary>
    public static DisclosureJsonOptions Default { get; } = new();

    /// <summary>The deepest nesting of arrays and objects a reader accepts (default 64; the format itself needs about 8).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>
    /// The largest document, in UTF-8 bytes, a reader accepts (default 16 MiB; <see cref="long.MaxValue"/> for no
    /// limit); for JSON Lines, the largest line. Writers never cut or refuse a document, so a document larger than
    /// the default (about 150,000 table rows) is read back with options whose limit is at least its size — pass the
    /// same options to both sides.
    /// </summary>
    public long MaxDocumentBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>What readers do with properties the format does not define (default <see cref="UnknownPropertyPolicy.Reject"/>).</summary>
    public UnknownPropertyPolicy UnknownProperties { get; init; } = UnknownPropertyPolicy.Reject;

    /// <summary>Whether <see cref="DisclosureJson"/> indents its output (default <see langword="true"/>); JSON Lines output is never indented.</summary>
    public bool WriteIndented { get; init; } = true;

    /// <summary>
    /// Whether writers escape every non-ASCII character as <c>\uXXXX</c> (default <see langword="false"/>: Chinese text
    /// is written as UTF-8). HTML-sensitive characters are not escaped either way; escape them yourself before
    /// embedding the JSON in HTML.
    /// </summary>
    public bool EscapeNonAscii { get; init; }

    /// <summary>The name of the input (a file name) used in error messages, if any.</summary>
    public string? SourceName { get; init; }

    /// <summary>The table sets a document may name in <c>"tableSet"</c> (default: the built-in sets). Add a set loaded with <see cref="TableSets.TableSet.Load"/> to read documents in it.</summary>
    public TableSets.TableSetRegistry TableSets { get; init; } = GovBudget.TableSets.TableSetRegistry.BuiltIn;
}
