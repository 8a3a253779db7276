using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace GovBudget.Generation;

/// <summary>
/// The sentence templates <see cref="NarrativeGenerator"/> writes a 情况说明 from: data, not code. <see cref="Default"/>
/// is the built-in file (<c>narrative-templates.txt</c>, embedded); <see cref="Parse"/> and <see cref="Load"/> read a
/// user's own file in the same format. Immutable.
/// </summary>
/// <remarks>
/// <para>The format, line by line (see <c>docs/narrative.md</c>):</para>
/// <list type="bullet">
/// <item><c>#</c> starts a comment line; blank lines are ignored.</item>
/// <item><c>[budget]</c>, <c>[settlement]</c>, <c>[shanghai.budget, shanghai.unit-budget]</c>: the lines below are for
/// disclosures of that kind or of those table sets (a section naming the set is preferred over one naming the kind).</item>
/// <item><c>@each class|item|economic-class|economic-item ROLE</c> … <c>@end</c>: the lines between are written once for
/// every 类 (项, economic 类, economic 款) row of the table of role <c>ROLE</c> (<c>table.general-budget-by-function</c>)
/// that has a value.</item>
/// <item>Any other line is written with its placeholders filled; a line with a placeholder that names no printed cell
/// (or a rate with a zero base) is left out.</item>
/// </list>
/// <para>Placeholders: <c>{dept}</c>, <c>{year}</c>, <c>{prior}</c> (the year before), <c>{n}</c> (the row's number in an
/// <c>@each</c>), <c>{name}</c> and <c>{path}</c> (the row's subject: 类 name, or <c>X（类）Y（款）Z（项）</c>; economic
/// <c>30101基本工资</c>); <c>{v:REF}</c> an amount in 万元; <c>{chg:REF}</c> the change against last year
/// (<c>增加 D 万元，增长 R%</c>, <c>减少 D 万元，下降 R%</c> or <c>持平</c>); <c>{pct:REF/REF}</c> a rate (share or
/// execution). A REF is a role cell (<c>cell.basic.total</c>), a cell of a role table
/// (<c>table.three-public[合计,公务接待费|决算数.公务接待费]</c>: row <c>合计</c>, <c>I:label</c> or <c>~label</c>,
/// columns tried in turn, <c>*</c> the first with a value), the <c>@each</c> row (<c>@[合计|小计]</c>), or
/// <c>budget:REF</c>, the 年初预算 of an actual (a figure the tables do not hold, made up from the seed).</para>
/// </remarks>
public sealed partial class NarrativeTemplates
{
    private const string ResourceName = "GovBudget.Generation.Data.narrative-templates.txt";
    private static readonly Lazy<NarrativeTemplates> BuiltIn = new(() =>
    {
        using var stream = typeof(NarrativeTemplates).Assembly.GetManifestResourceStream(ResourceName)!;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "narrative-templates.txt");
    });

    private NarrativeTemplates(ImmutableArray<Section> sections) => Sections = sections;

    /// <summary>The built-in templates: the standard sections of a 部门预算 and a 部门决算 情况说明.</summary>
    public static NarrativeTemplates Default => BuiltIn.Value;

    /// <summary>The section names, in file order (each a comma-separated list of kinds and table-set ids).</summary>
    public IEnumerable<string> SectionNames => Sections.Select(s => string.Join(", ", s.Names));

    internal ImmutableArray<Section> Sections { get; }

    /// <summary>Reads templates from text in the format described above.</summary>
    /// <param name="text">The template file's text.</param>
    /// <param name="sourceName">A name for messages (a file name).</param>
    /// <exception cref="GovBudgetFormatException">A line is not in the format (an <c>@each</c> without <c>@end</c>, a line before any section, an unknown placeholder or loop kind, unbalanced braces).</exception>
    public static NarrativeTemplates Parse(string text, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sections = new List<Section>();
        var stack = new Stack<(Each? Loop, List<Node> Nodes)>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            GovBudgetFormatException Error(string reason) => new(reason, sourceName, number, 1);
            if (line[0] == '[' && line[^1] == ']')
            {
                if (stack.Count > 1)
                {
                    throw Error("a section starts inside an @each (an @end is missing)");
                }

                var names = line[1..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (names.Length == 0)
                {
                    throw Error("a section without a name");
                }

                var nodes = new List<Node>();
                sections.Add(new Section([.. names], nodes));
                stack.Clear();
                stack.Push((null, nodes));
                continue;
            }

            if (stack.Count == 0)
            {
                throw Error("a template line before the first [section]");
            }

            if (line.StartsWith("@each", StringComparison.Ordinal))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length != 3 || parts[1] is not ("class" or "item" or "economic-class" or "economic-item"))
                {
                    throw Error("@each needs a kind (class, item, economic-class, economic-item) and a table role");
                }

                var loop = new Each(parts[1], parts[2], []);
                stack.Peek().Nodes.Add(loop);
                stack.Push((loop, loop.Nodes));
                continue;
            }

            if (line == "@end")
            {
                if (stack.Count < 2)
                {
                    throw Error("@end without @each");
                }

                stack.Pop();
                continue;
            }

            CheckPlaceholders(line, Error);
            stack.Peek().Nodes.Add(new Text(line));
        }

        if (stack.Count > 1)
        {
            throw new GovBudgetFormatException("an @each without @end", sourceName, lines.Length, 1);
        }

        return new NarrativeTemplates([.. sections]);
    }

    /// <summary>Reads a UTF-8 template file (<see cref="Parse"/>).</summary>
    public static NarrativeTemplates Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    /// <summary>The section for a table set: one naming the set, else one naming the kind (budget, settlement).</summary>
    internal Section? SectionFor(string tableSetId, string kind)
        => Sections.FirstOrDefault(s => s.Names.Contains(tableSetId, StringComparer.Ordinal))
            ?? Sections.FirstOrDefault(s => s.Names.Contains(kind, StringComparer.Ordinal));

    private static void CheckPlaceholders(string line, Func<string, GovBudgetFormatException> error)
    {
        var depth = 0;
        foreach (var c in line)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth is < 0 or > 1)
            {
                throw error("unbalanced braces");
            }
        }

        if (depth != 0)
        {
            throw error("unbalanced braces");
        }

        foreach (Match m in PlaceholderPattern().Matches(line))
        {
            var name = m.Groups["name"].Value;
            var hasArgument = m.Groups["arg"].Success;
            var known = name switch
            {
                "dept" or "year" or "prior" or "n" or "name" or "path" => !hasArgument,
                "v" or "chg" => hasArgument,
                "pct" => hasArgument && m.Groups["arg"].Value.Contains('/', StringComparison.Ordinal),
                _ => false,
            };
            if (!known)
            {
                throw error($"unknown placeholder {m.Value}");
            }
        }
    }

    [GeneratedRegex(@"\{(?<name>[a-z]+)(?::(?<arg>[^{}]+))?\}")]
    internal static partial Regex PlaceholderPattern();

    internal abstract record Node;

    internal sealed record Text(string Template) : Node;

    internal sealed record Each(string Kind, string Role, List<Node> Nodes) : Node;

    internal sealed record Section(ImmutableArray<string> Names, List<Node> Nodes);
}
