using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace GovBudget.Import.Tables;

/// <summary>Finds the spec whose printed title a line is, allowing a leading number, year or department name.</summary>
internal sealed partial class TitleMatcher
{
    private readonly List<(string Alias, ImportTableSpec Spec)> _aliases;

    public TitleMatcher(ImmutableArray<ImportTableSpec> specs)
    {
        _aliases = [.. specs
            .SelectMany(s => s.Titles.Select(t => (Alias: ImportText.Compact(t), Spec: s)))
            .OrderByDescending(a => a.Alias.Length)];
    }

    public ImportTableSpec? Match(PageLine line)
    {
        var compact = line.Compact.TrimStart('#');
        if (compact.Length == 0 || compact.Length > 60 || TocPattern().IsMatch(line.Text))
        {
            return null;
        }

        if (_aliases.FirstOrDefault(a => a.Alias == compact).Spec is { } exact)
        {
            return exact;
        }

        compact = TrailingNumber().Replace(compact, string.Empty);
        foreach (var (alias, spec) in _aliases)
        {
            if (compact == alias)
            {
                return spec;
            }

            if (compact.EndsWith(alias, StringComparison.Ordinal) && IsTitlePrefix(compact[..^alias.Length]))
            {
                return spec;
            }
        }

        return null;
    }

    private static bool IsTitlePrefix(string prefix)
    {
        var rest = prefix;
        while (true)
        {
            var stripped = PrefixPattern().Replace(rest, string.Empty);
            if (stripped.Length == rest.Length)
            {
                break;
            }

            rest = stripped;
        }

        return rest.Length == 0;
    }

    // 目录 entries: a title followed by leader dots, or by a page number as a word of its own (words are joined by one space).
    [GeneratedRegex(@"(\.{3,}|…+)\s*\d*\s*$|\s\d{1,3}$")]
    private static partial Regex TocPattern();

    // "(公开01表)" or "公开01表" printed after the title.
    [GeneratedRegex(@"\(?公开\d+表\)?$")]
    private static partial Regex TrailingNumber();

    [GeneratedRegex(@"^(表\d+(-\d+)?[.、]?|公开\d+表?|[一二三四五六七八九十廿]+、|\(?[一二三四五六七八九十]+\)|\d+[.、]|\d{4}年度?|[^\d]{2,30}?(局|委员会|办公室|办事处|服务中心|中心|部|院|政府)(本级)?|部门|单位|\(单位\))")]
    private static partial Regex PrefixPattern();
}
