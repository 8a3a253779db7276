using System.Globalization;
using GovBudget.Amounts;

namespace GovBudget.Narrative;

/// <summary>A figure in a paragraph (a number with its unit) and what the extractor made of it.</summary>
internal sealed class TextFigure
{
    public TextFigure(int index, int start, int end, string number, string unit)
    {
        Index = index;
        Start = start;
        End = end;
        Number = number.Replace(",", string.Empty, StringComparison.Ordinal);
        Unit = unit == "％" ? "%" : unit;
    }

    public int Index { get; }

    public int Start { get; }

    public int End { get; }

    public string Number { get; }

    public string Unit { get; }

    public bool IsPercent => Unit == "%";

    /// <summary>How the figure was used (Value, Base, Difference, Rate …); <see langword="null"/> while unused.</summary>
    public string? Role { get; set; }

    /// <summary>The total stated before it with 其中 / 主要用于 (the base of an unnamed 占比).</summary>
    public ReportedValue? OpenTotal { get; set; }

    public ReportedValue Amount(bool negative = false)
        => ReportedValue.Parse((negative && Number.Any(c => c != '0' && c != '.') ? "-" : string.Empty) + Number + Unit, CultureInfo.InvariantCulture);

    public Percentage Rate(bool negative = false)
        => Percentage.Parse((negative && Number.Any(c => c != '0' && c != '.') ? "-" : string.Empty) + Number + "%", CultureInfo.InvariantCulture);

    public string Printed => Number + Unit;
}
