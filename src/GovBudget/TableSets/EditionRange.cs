using System.Globalization;

namespace GovBudget.TableSets;

/// <summary>The catalog editions (years) a table set is used for: <see cref="From"/> to <see cref="To"/>, both included.</summary>
/// <param name="From">The first edition.</param>
/// <param name="To">The last edition, or <see langword="null"/> when the layout is still in use.</param>
public readonly record struct EditionRange(int From, int? To)
{
    /// <summary><see langword="true"/> when <paramref name="edition"/> lies in the range.</summary>
    public bool Contains(int edition) => edition >= From && (To is not { } to || edition <= to);

    /// <summary>The range as printed: <c>2023–</c> or <c>2019–2022</c>.</summary>
    public override string ToString()
        => From.ToString(CultureInfo.InvariantCulture) + "–" + (To is { } to ? to.ToString(CultureInfo.InvariantCulture) : string.Empty);
}
