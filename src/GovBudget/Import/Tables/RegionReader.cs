using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Import.Layout;
using GovBudget.Tables;

namespace GovBudget.Import.Tables;

/// <summary>Collects the lines of one table region (from its title to the next title or the text after it) and reads them.</summary>
internal sealed partial class RegionReader
{
    private static readonly HashSet<string> HeaderWords = new(StringComparer.Ordinal)
    {
        "栏次", "项目", "行次", "行", "次", "收入", "支出", "金额", "预算数", "决算数", "类", "款", "项", "科目编码", "科目名称",
    };

    private readonly ImportContext _context;
    private readonly List<PageLine> _titles = [];
    private readonly List<PageLine> _lines = [];
    private bool _inNotes;

    private readonly AmountUnit? _inheritedUnit;

    public RegionReader(ImportTableSpec spec, PageLine title, ImportContext context)
    {
        Spec = spec;
        _context = context;
        _titles.Add(title);
    }

    /// <summary>A region without a printed title (its rows followed another table's), in that table's unit.</summary>
    public RegionReader(ImportTableSpec spec, ImportContext context, AmountUnit unit)
    {
        Spec = spec;
        _context = context;
        _inheritedUnit = unit;
    }

    public ImportTableSpec Spec { get; }

    public bool HasRows { get; private set; }

    /// <summary>Whether a note (注：…) has begun: the lines after it are the note's.</summary>
    public bool InNotes => _inNotes;

    /// <summary>Whether the notes under the table have started and <paramref name="line"/> is on a later page: notes end with their page.</summary>
    public bool NotesEndBefore(PageLine line) => _inNotes && _lines.Count > 0 && line.Page > _lines[^1].Page;

    /// <summary>Whether <paramref name="line"/> is a note line (注：…, or a printed formula).</summary>
    public static bool IsNoteLine(PageLine line) => IsNote(line);

    private PageLine FirstLine => _titles.Count > 0 ? _titles[0] : _lines[0];

    /// <summary>Whether nothing but titles has been read (a 目录 entry when another title follows at once).</summary>
    public bool IsTitleOnly => _lines.Count == 0;

    public IReadOnlyList<PageLine> Titles => _titles;

    public IEnumerable<PageLine> AllLines => _titles.Concat(_lines);

    /// <summary>After <see cref="Finish"/>: the lines of an untitled table that followed this one (the codes started again).</summary>
    public List<PageLine> Overflow { get; } = [];

    public void AddTitle(PageLine line) => _titles.Add(line);

    public void Add(PageLine line)
    {
        if (IsNote(line))
        {
            _inNotes = true;
        }

        if (!_inNotes && line.Words.Any(w => ImportText.IsDecimalValue(w.Text)))
        {
            HasRows = true;
        }

        _lines.Add(line);
    }

    /// <summary>Whether <paramref name="line"/> is text after the table rather than part of it.</summary>
    public static bool EndsBefore(PageLine line)
    {
        if (PartPattern().IsMatch(line.Compact) || line.Compact.StartsWith('#'))
        {
            return true;
        }

        if (IsNote(line))
        {
            return false;
        }

        // Prose: a long sentence ends the table (a cell of a table of figures does not hold one).
        return line.Compact.Length >= 40 && line.Compact.Contains('。', StringComparison.Ordinal);
    }

    public (ImportedTable Table, List<ImportIssue> Issues) Finish()
    {
        var issues = new List<ImportIssue>();
        var notes = new List<string>();
        var body = new List<PageLine>();
        var noting = false;
        foreach (var line in _lines)
        {
            if (IsNote(line))
            {
                noting = true;
            }

            if (noting && !StartsWithCode(line))
            {
                notes.Add(line.Text);
            }
            else
            {
                body.Add(line);
            }
        }

        var preamble = string.Concat(_titles.Concat(body.TakeWhile(l => !LooksLikeDataLine(l))).Select(l => l.Compact));
        var unitMatch = UnitPattern().Match(preamble);
        var unit = unitMatch.Success ? (unitMatch.Groups[1].Value == "元" ? AmountUnit.Yuan : AmountUnit.WanYuan) : _inheritedUnit ?? AmountUnit.WanYuan;
        if (!unitMatch.Success && _inheritedUnit is null)
        {
            issues.Add(Issue(ImportIssueKind.Assumption, FirstLine, "no unit printed near the title; 万元 assumed"));
        }

        var deptMatch = DepartmentPattern().Match(preamble);
        var department = deptMatch.Success ? deptMatch.Groups["name"].Value : null;

        var rows = new List<ImportedRow>();
        var columns = new List<ImportedColumn>();
        if (Spec.IsTwoSided)
        {
            ReadTwoSided(body, rows, columns, issues);
        }
        else
        {
            ReadTree(body, rows, columns, issues);
        }

        var decimals = rows.SelectMany(r => r.Cells)
            .Where(c => Spec.Columns.FirstOrDefault(s => s.Id == c.ColumnId)?.Kind != ColumnKind.Text)
            .Select(c => Decimals(c.Text))
            .DefaultIfEmpty(2)
            .Max();

        // Printed figures carry at most 4 decimals (0.0001 元 is the finest amount); a longer number is not a figure
        // GovBudget can hold, and the builder reports the cells finer than the precision instead of a crash here.
        decimals = Math.Min(decimals, 4);
        var empty = notes.Any(n => Spec.EmptyNotes.Any(e => ImportText.Compact(n).Contains(ImportText.Compact(e), StringComparison.Ordinal)));
        var pages = _titles.Concat(_lines).Select(l => l.Page).Distinct().Order().ToImmutableArray();
        var table = new ImportedTable(
            Spec,
            _titles.Count > 0 ? _titles[0].Text.TrimStart('#', ' ') : string.Empty,
            pages,
            new Precision(unit, decimals),
            department,
            [.. columns],
            [.. rows],
            [.. notes],
            empty);
        return (table, issues);
    }

    private static int Decimals(string text)
    {
        var t = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        var dot = t.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : t.Length - dot - 1;
    }

    // A note line (注：…) or a printed formula under the table (本年收入合计 = 一 + … + 九；…, 27行 = (1+2+3)行): the
    // official forms print their formulas as a note without 注, and a formula is never a row of figures.
    private static bool IsNote(PageLine line)
        => NotePattern().IsMatch(line.Compact) || (FormulaPattern().IsMatch(line.Compact) && !line.Words.Any(w => ImportText.IsDecimalValue(w.Text)));

    private static bool StartsWithCode(PageLine line)
        => line.Words.Count >= 2 && ImportText.IsDigits(line.Words[0].Text) && line.Words[0].Text.Length is 3 or 5 or 7 && !ImportText.IsValue(line.Words[1].Text);

    private static bool LooksLikeDataLine(PageLine line) => line.Words.Any(w => ImportText.IsDecimalValue(w.Text)) || StartsWithCode(line);

    private ImportIssue Issue(ImportIssueKind kind, PageLine line, string reason)
        => new(kind, line.Page, line.Line, line.Box, line.Text, reason, Spec.TableId);

    private static ImportedCell Cell(string columnId, LayoutWord word) => new(columnId, word.Text, word.Page, word.Box);

    private static LayoutBox Union(IEnumerable<LayoutWord> words)
    {
        LayoutBox? box = null;
        foreach (var w in words)
        {
            box = box is { } b ? b.Union(w.Box) : w.Box;
        }

        return box ?? default;
    }

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^(注|备注|说明)[:\d.、]")]
    private static partial Regex NotePattern();

    [GeneratedRegex(@"^[^=]{1,30}=")]
    private static partial Regex FormulaPattern();

    [GeneratedRegex(@"单位:(万元|元|万)")]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"(编制部门|编制单位|部门/单位|部门\(单位\)|单位名称|部门):(?<name>.+?)(金额单位|单位:|\d{4}年|$)")]
    private static partial Regex DepartmentPattern();
}
