using GovBudget.Import.Layout;

namespace GovBudget.Import.Tables;

/// <summary>
/// Assigns the values of each row to the printed columns: rows that print every column fix the columns' x ranges; the
/// values of other rows go to the column they overlap or lie nearest to. Without aligned full rows the values are
/// assigned left to right (reported as an assumption).
/// </summary>
internal static class ColumnAssigner
{
    /// <summary>The column of a value that lies under no recognised column header.</summary>
    public const int Unplaced = -1;

    public static List<List<(int Column, LayoutWord Word)>> Assign(List<List<LayoutWord>> rows, int columns, List<(decimal Left, decimal Right)>? headerRanges, out bool leftToRight)
        => Assign(rows, columns, headerRanges, out leftToRight, out _);

    /// <summary>As above, and gives the column ranges used (null when values were assigned left to right).</summary>
    public static List<List<(int Column, LayoutWord Word)>> Assign(List<List<LayoutWord>> rows, int columns, List<(decimal Left, decimal Right)>? headerRanges, out bool leftToRight, out List<(decimal Left, decimal Right)>? used)
    {
        leftToRight = false;
        var fromHeader = false;
        var result = new List<List<(int, LayoutWord)>>(rows.Count);
        var full = rows.Where(r => r.Count == columns).ToList();
        (decimal Left, decimal Right)[]? ranges = null;
        if (full.Count > 0 && columns > 0)
        {
            ranges = new (decimal, decimal)[columns];
            for (var c = 0; c < columns; c++)
            {
                ranges[c] = (full.Min(r => r[c].Box.Left), full.Max(r => r[c].Box.Right));
            }

            for (var c = 0; c + 1 < columns; c++)
            {
                // Aligned columns do not overlap; an unaligned text (single spaces between cells) makes them overlap.
                if (ranges[c].Right > ranges[c + 1].Left)
                {
                    ranges = null;
                    break;
                }
            }
        }

        // Header positions (or those of the segment before) serve when no row prints every column, or when the rows
        // that do lie under them; in text whose cells are separated by single spaces they do not.
        var headerAgrees = headerRanges is not null && Agrees(full, columns, headerRanges);

        // One full row alone is no evidence of aligned columns unless the header agrees with it.
        if (ranges is not null && full.Count < 2 && !headerAgrees)
        {
            ranges = null;
        }

        if (ranges is null && headerAgrees)
        {
            ranges = [.. headerRanges!];
            fromHeader = true;
        }

        used = ranges is null || fromHeader ? null : [.. ranges];
        foreach (var row in rows)
        {
            var assigned = new List<(int, LayoutWord)>(row.Count);
            if (row.Count == columns || ranges is null || row.Count > columns)
            {
                if (row.Count < columns && row.Count > 0)
                {
                    leftToRight = true;
                }

                for (var i = 0; i < row.Count && i < columns; i++)
                {
                    assigned.Add((i, row[i]));
                }
            }
            else
            {
                var taken = new bool[columns];
                var ok = true;
                foreach (var word in row)
                {
                    var best = -1;
                    var bestScore = decimal.MaxValue;
                    for (var c = 0; c < columns; c++)
                    {
                        var overlap = Math.Min(word.Box.Right, ranges[c].Right) - Math.Max(word.Box.Left, ranges[c].Left);
                        var score = overlap > 0 ? -overlap : Math.Min(Math.Abs(word.Box.Right - ranges[c].Right), Math.Abs(word.Box.Left - ranges[c].Left));
                        if (score < bestScore)
                        {
                            bestScore = score;
                            best = c;
                        }
                    }

                    if (fromHeader && bestScore >= 0)
                    {
                        // Under no recognised header: a printed column the spec does not know. Not placed.
                        assigned.Add((Unplaced, word));
                        continue;
                    }

                    if (best < 0 || taken[best])
                    {
                        ok = false;
                        break;
                    }

                    taken[best] = true;
                    assigned.Add((best, word));
                }

                if (!ok)
                {
                    assigned.Clear();
                    leftToRight = true;
                    for (var i = 0; i < row.Count; i++)
                    {
                        assigned.Add((i, row[i]));
                    }
                }
            }

            result.Add(assigned);
        }

        return result;
    }

    /// <summary>Whether every row that prints all <paramref name="columns"/> values has value <c>c</c> nearest to range <c>c</c>.</summary>
    public static bool Agrees(IEnumerable<List<LayoutWord>> rows, int columns, List<(decimal Left, decimal Right)> ranges)
        => ranges.Count == columns && rows.Where(r => r.Count == columns).All(r => Enumerable.Range(0, columns).All(c => Nearest(r[c], ranges) == c));

    private static int Nearest(LayoutWord word, List<(decimal Left, decimal Right)> ranges)
    {
        var best = -1;
        var bestScore = decimal.MaxValue;
        for (var c = 0; c < ranges.Count; c++)
        {
            var overlap = Math.Min(word.Box.Right, ranges[c].Right) - Math.Max(word.Box.Left, ranges[c].Left);
            var score = overlap > 0 ? -overlap : Math.Min(Math.Abs(word.Box.Right - ranges[c].Right), Math.Abs(word.Box.Left - ranges[c].Left));
            if (score < bestScore)
            {
                bestScore = score;
                best = c;
            }
        }

        return best;
    }
}
