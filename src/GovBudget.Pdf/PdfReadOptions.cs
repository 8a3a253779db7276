namespace GovBudget.Pdf;

/// <summary>
/// Bounds and switches for <see cref="PdfLayoutReader"/>. The defaults read any published disclosure (the largest in
/// the development corpus has 35 pages and 3 MB) and refuse input that would make the reader work without end.
/// </summary>
public sealed record PdfReadOptions
{
    /// <summary>The defaults.</summary>
    public static PdfReadOptions Default { get; } = new();

    /// <summary>
    /// A document with more pages is refused with <see cref="GovBudgetFormatException"/> before any page is read.
    /// Default 2,000.
    /// </summary>
    public int MaxPages { get; init; } = 2000;

    /// <summary>Input longer than this is refused with <see cref="GovBudgetFormatException"/>. Default 256 MiB.</summary>
    public long MaxBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// The wall-clock bound for one document. Reading runs on a worker thread; when the bound passes the caller gets
    /// <see cref="GovBudgetFormatException"/> at once and the worker stops at its next read of the input or its next
    /// page. Default 60 seconds; <see cref="Timeout.InfiniteTimeSpan"/> turns the bound off.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The largest thickness, in points, of a filled rectangle taken as a ruling line (thicker filled rectangles are
    /// cell shading). Default 2.5.
    /// </summary>
    public decimal MaxRuleThickness { get; init; } = 2.5m;

    /// <summary>
    /// Two letters on one line are parts of different words when the gap between them is wider than this many font
    /// sizes (em), or when a vertical ruling line runs between them. Default 0.6 em: wider than a space, narrower than
    /// the column gaps of unruled tables.
    /// </summary>
    public decimal WordGap { get; init; } = 0.6m;

    /// <summary>Passwords to try on an encrypted PDF (the empty user password is always tried). Default none.</summary>
    public IReadOnlyList<string> Passwords { get; init; } = [];

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPages, 1, nameof(MaxPages));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBytes, 1, nameof(MaxBytes));
        if (Timeout != System.Threading.Timeout.InfiniteTimeSpan && Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "The timeout must be positive or infinite.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRuleThickness, nameof(MaxRuleThickness));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(WordGap, nameof(WordGap));
        ArgumentNullException.ThrowIfNull(Passwords, nameof(Passwords));
    }
}
