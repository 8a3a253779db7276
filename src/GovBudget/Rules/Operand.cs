using GovBudget.Amounts;
using GovBudget.Collections;

namespace GovBudget.Rules;

/// <summary>One side of a comparison: the sum of printed values, the interval of exact values it stands for, and the cells.</summary>
/// <param name="Printed">The sum of the printed values (blank cells count as zero).</param>
/// <param name="Interval">The interval of exact sums.</param>
/// <param name="Contributors">The cells that took part.</param>
public sealed record Operand(Amount Printed, AmountInterval Interval, EquatableArray<Contributor> Contributors)
{
    /// <summary><see langword="true"/> when at least one contributing cell has a printed value.</summary>
    public bool HasValue => Contributors.Any(c => c.Value is not null);

    /// <summary>
    /// For each contributor, whether it was subtracted; default when unknown (an operand built with the constructor), in
    /// which case joint rounding leaves the relation out.
    /// </summary>
    internal EquatableArray<bool> Negated { get; init; }

    /// <summary>An operand of one reported value.</summary>
    public static Operand Of(ReportedValue? value, Contributor contributor)
        => value is { } v
            ? new Operand(v.Value, v.Interval, EquatableArray.Create(contributor)) { Negated = SinglePositive }
            : new Operand(Amount.Zero, AmountInterval.Point(Amount.Zero), EquatableArray.Create(contributor)) { Negated = SinglePositive };

    private static readonly EquatableArray<bool> SinglePositive = EquatableArray.Create(false);

    private static readonly EquatableArray<bool>[] Positives = [.. Enumerable.Range(0, 64).Select(n => new bool[n].ToEquatableArray())];

    private static bool AnyTrue(EquatableArray<bool> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i])
            {
                return true;
            }
        }

        return false;
    }

    private static EquatableArray<bool> AllPositive(int count) => count < Positives.Length ? Positives[count] : new bool[count].ToEquatableArray();

    /// <summary>The sum of operands.</summary>
    public static Operand Sum(IEnumerable<(bool Negative, Operand Operand)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var printed = Amount.Zero;
        var interval = AmountInterval.Point(Amount.Zero);
        var contributors = new List<Contributor>();
        List<bool>? negated = null;
        var signsKnown = true;
        foreach (var (negative, operand) in parts)
        {
            printed = negative ? printed - operand.Printed : printed + operand.Printed;
            interval = negative ? interval - operand.Interval : interval + operand.Interval;
            contributors.AddRange(operand.Contributors);
            if (!signsKnown || operand.Negated.Count != operand.Contributors.Count)
            {
                signsKnown = false;
                continue;
            }

            if (negative || negated is not null || AnyTrue(operand.Negated))
            {
                // Signs are kept only once one is negative; until then, all positive is written as the shared default.
                negated ??= [.. Enumerable.Repeat(false, contributors.Count - operand.Contributors.Count)];
                for (var i = 0; i < operand.Negated.Count; i++)
                {
                    negated.Add(operand.Negated[i] != negative);
                }
            }
        }

        var signs = !signsKnown ? default : negated is not null ? negated.ToEquatableArray() : AllPositive(contributors.Count);
        return new Operand(printed, interval, contributors.ToEquatableArray()) { Negated = signs };
    }
}
