using System.Globalization;
using GovBudget.Amounts;

namespace GovBudget.Rendering.Internal;

/// <summary>Numbers as printed: thousands separators and the precision's decimals, always invariant.</summary>
internal static class Numbers
{
    public static string Format(Amount amount, Precision precision)
        => amount.ToString(FormatString(precision), CultureInfo.InvariantCulture);

    public static string Format(ReportedValue? value) => value is { } v ? Format(v.Value, v.Precision) : string.Empty;

    public static string Format(Percentage? value) => value?.ToString() ?? string.Empty;

    public static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string FormatString(Precision precision)
    {
        var unit = precision.Unit switch
        {
            AmountUnit.WanYuan => "NW",
            AmountUnit.YiYuan => "NE",
            _ => "NY",
        };
        return unit + precision.Decimals.ToString(CultureInfo.InvariantCulture);
    }
}
