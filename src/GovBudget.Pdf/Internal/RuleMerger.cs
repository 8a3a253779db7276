using GovBudget.Import.Layout;

namespace GovBudget.Pdf.Internal;

/// <summary>
/// Joins the pieces a producer draws one cell edge at a time into ruling lines: collinear boxes (centre lines within
/// <see cref="SameLine"/>) that overlap or touch (gap up to <see cref="Touch"/>) become one box. Duplicates (Excel
/// strokes and fills every edge) disappear. A gap wider than that (a merged cell) keeps the pieces apart.
/// </summary>
internal static class RuleMerger
{
    private const decimal SameLine = 0.75m;
    private const decimal Touch = 1.5m;

    /// <summary>The merged rules: horizontal ones top to bottom, then vertical ones left to right.</summary>
    public static List<LayoutBox> Merge(List<LayoutBox> boxes)
    {
        var horizontal = new List<LayoutBox>();
        var vertical = new List<LayoutBox>();
        foreach (var box in boxes)
        {
            (box.Width >= box.Height ? horizontal : vertical).Add(box);
        }

        var result = new List<LayoutBox>(boxes.Count);
        var h = MergeAxis(horizontal, horizontalAxis: true);
        h.Sort(static (a, b) => b.Top != a.Top ? b.Top.CompareTo(a.Top) : a.Left.CompareTo(b.Left));
        var v = MergeAxis(vertical, horizontalAxis: false);
        v.Sort(static (a, b) => a.Left != b.Left ? a.Left.CompareTo(b.Left) : b.Top.CompareTo(a.Top));
        result.AddRange(h);
        result.AddRange(v);
        return result;
    }

    private static List<LayoutBox> MergeAxis(List<LayoutBox> boxes, bool horizontalAxis)
    {
        var merged = new List<LayoutBox>(boxes.Count);
        if (boxes.Count == 0)
        {
            return merged;
        }

        // Sort by centre line, then along the line; cut into groups of one centre line; merge intervals in each group.
        boxes.Sort((a, b) =>
        {
            var c = Centre(a, horizontalAxis).CompareTo(Centre(b, horizontalAxis));
            return c != 0 ? c : Start(a, horizontalAxis).CompareTo(Start(b, horizontalAxis));
        });
        var group = new List<LayoutBox>();
        var groupStart = Centre(boxes[0], horizontalAxis);
        foreach (var box in boxes)
        {
            var centre = Centre(box, horizontalAxis);
            if (centre - groupStart > SameLine)
            {
                MergeGroup(group, horizontalAxis, merged);
                group.Clear();
                groupStart = centre;
            }

            group.Add(box);
        }

        MergeGroup(group, horizontalAxis, merged);
        return merged;
    }

    private static void MergeGroup(List<LayoutBox> group, bool horizontalAxis, List<LayoutBox> into)
    {
        group.Sort((a, b) => Start(a, horizontalAxis).CompareTo(Start(b, horizontalAxis)));
        var current = group[0];
        for (var i = 1; i < group.Count; i++)
        {
            var next = group[i];
            if (Start(next, horizontalAxis) <= End(current, horizontalAxis) + Touch)
            {
                current = current.Union(next);
            }
            else
            {
                into.Add(current);
                current = next;
            }
        }

        into.Add(current);
    }

    private static decimal Centre(LayoutBox box, bool horizontalAxis)
        => horizontalAxis ? (box.Bottom + box.Top) / 2 : (box.Left + box.Right) / 2;

    private static decimal Start(LayoutBox box, bool horizontalAxis) => horizontalAxis ? box.Left : box.Bottom;

    private static decimal End(LayoutBox box, bool horizontalAxis) => horizontalAxis ? box.Right : box.Top;
}
