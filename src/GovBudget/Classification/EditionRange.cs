using System.Globalization;

namespace GovBudget.Classification;

/// <summary>
/// A closed range of catalog edition years (<c>2018-2026</c>, or one year <c>2026</c>), used to say for which editions a
/// catalog file lists every code.
/// </summary>
public readonly record struct EditionRange
{
    /// <summary>Creates a range.</summary>
    /// <param name="from">The first edition year.</param>
    /// <param name="to">The last edition year (inclusive).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public EditionRange(int from, int to)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        From = from;
        To = to;
    }

    /// <summary>The first edition year.</summary>
    public int From { get; }

    /// <summary>The last edition year (inclusive).</summary>
    public int To { get; }

    /// <summary><see langword="true"/> when <paramref name="edition"/> lies in the range.</summary>
    public bool Contains(int edition) => From <= edition && edition <= To;

    /// <summary>The range as a directive writes it: <c>2018-2026</c>, or <c>2026</c> for a single year.</summary>
    public override string ToString()
        => From == To
            ? From.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{From}-{To}");

    /// <summary>
    /// Reads <c>2018-2026</c> or <c>2026</c> (years 1900–2999, the first not after the second).
    /// </summary>
    /// <returns><see langword="false"/> when the text is not such a range.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out EditionRange range)
    {
        text = text.Trim();
        var dash = text.IndexOf('-');
        var first = dash < 0 ? text : text[..dash].Trim();
        var last = dash < 0 ? text : text[(dash + 1)..].Trim();
        if (int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            && int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var to)
            && from is >= 1900 and <= 2999
            && to is >= 1900 and <= 2999
            && from <= to)
        {
            range = new EditionRange(from, to);
            return true;
        }

        range = default;
        return false;
    }
}
