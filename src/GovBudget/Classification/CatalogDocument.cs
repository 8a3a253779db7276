using System.Globalization;
using System.Text;
using System.Text.Json;
using GovBudget.Collections;

namespace GovBudget.Classification;

/// <summary>
/// The contents of a catalog file: which classification, whether it is complete, and its rows with the editions each
/// name holds for. Read one with <see cref="ReadCsv(TextReader, string?)"/> or <see cref="ReadJson(Stream, string?)"/>;
/// turn it into a lookup catalog for one edition with <see cref="CatalogSet"/>. The format is described in
/// <c>docs/catalogs.md</c>.
/// </summary>
public sealed record CatalogDocument
{
    /// <summary>The header line every CSV catalog file carries.</summary>
    public const string CsvHeader = "code,name,from,to,note";

    /// <summary>Creates a document.</summary>
    public CatalogDocument(CatalogKind kind, bool isComplete, EquatableArray<CatalogRow> rows, int? edition = null)
    {
        Kind = kind;
        IsComplete = isComplete;
        Rows = rows;
        Edition = edition;
    }

    /// <summary>Which classification the rows belong to.</summary>
    public CatalogKind Kind { get; init; }

    /// <summary>
    /// <see langword="true"/> when the file lists every code of every edition it is used for (<c># complete=true</c>;
    /// an unknown code is then a finding, not a gap). A file complete only for some editions says so in
    /// <see cref="CompleteEditions"/> instead.
    /// </summary>
    public bool IsComplete { get; init; }

    /// <summary>
    /// The editions for which the file lists every code (<c># complete=2018-2026</c>); for other editions it is partial.
    /// Empty when completeness is stated for the whole file by <see cref="IsComplete"/>.
    /// </summary>
    public EquatableArray<EditionRange> CompleteEditions { get; init; }

    /// <summary>The single edition the file is for, when it says so (<c># edition=2026</c>); rows then need no from/to.</summary>
    public int? Edition { get; init; }

    /// <summary>The rows.</summary>
    public EquatableArray<CatalogRow> Rows { get; init; }

    /// <summary>
    /// <see langword="true"/> when the file lists every code of <paramref name="edition"/>: it is complete as a whole
    /// (<see cref="IsComplete"/>) or for a range holding the edition (<see cref="CompleteEditions"/>), and it is not a
    /// single-edition file of another year.
    /// </summary>
    public bool IsCompleteFor(int edition)
    {
        if (Edition is { } only && only != edition)
        {
            return false;
        }

        if (IsComplete)
        {
            return true;
        }

        foreach (var range in CompleteEditions)
        {
            if (range.Contains(edition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a CSV catalog file.</summary>
    /// <param name="path">The file path.</param>
    /// <exception cref="GovBudgetFormatException">The file is malformed; the message gives the line.</exception>
    public static CatalogDocument ReadCsvFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return ReadCsv(reader, Path.GetFileName(path));
    }

    /// <summary>Reads a CSV catalog (see <c>docs/catalogs.md</c>).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">A name for messages (file name).</param>
    /// <exception cref="GovBudgetFormatException">The text is malformed; the message gives the line and column.</exception>
    public static CatalogDocument ReadCsv(TextReader reader, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        CatalogKind? kind = null;
        var complete = false;
        var completeEditions = new List<EditionRange>();
        int? edition = null;
        var headerSeen = false;
        var rows = new List<CatalogRow>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..];
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                ReadDirective(line.AsSpan(1).Trim(), ref kind, ref complete, completeEditions, ref edition, sourceName, lineNumber);
                continue;
            }

            if (!headerSeen)
            {
                var header = line.Trim();
                if (!header.Equals(CsvHeader, StringComparison.Ordinal) && !header.Equals("code,name", StringComparison.Ordinal))
                {
                    throw new GovBudgetFormatException($"expected the header '{CsvHeader}' (or 'code,name'), found '{header}'", sourceName, lineNumber, 1);
                }

                headerSeen = true;
                continue;
            }

            rows.Add(ReadRow(line, sourceName, lineNumber));
        }

        if (kind is null)
        {
            throw new GovBudgetFormatException("missing the directive '# kind=functional|economic-department|economic-government'", sourceName, lineNumber, null);
        }

        if (!headerSeen)
        {
            throw new GovBudgetFormatException($"missing the header line '{CsvHeader}'", sourceName, lineNumber, null);
        }

        var document = new CatalogDocument(kind.Value, complete, rows.ToEquatableArray(), edition) { CompleteEditions = completeEditions.ToEquatableArray() };
        document.CheckCodes(sourceName);
        return document;
    }

    /// <summary>
    /// Reads a JSON catalog: <c>{"kind":"functional","complete":true,"edition":2026,"rows":[{"code":"2080505","name":"…","from":2019,"to":null,"note":null}]}</c>.
    /// </summary>
    /// <exception cref="GovBudgetFormatException">The JSON is malformed or does not have this shape; the message gives the position.</exception>
    public static CatalogDocument ReadJson(Stream utf8Json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var json = Internal.JsonInput.Parse(utf8Json, sourceName);

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new GovBudgetFormatException("a catalog must be a JSON object", sourceName, null, null, "$");
            }

            var kind = ParseKind(RequireString(root, "kind", sourceName, "$"), sourceName, null, "$.kind");
            var complete = false;
            var completeEditions = new List<EditionRange>();
            if (root.TryGetProperty("complete", out var c))
            {
                if (c.ValueKind == JsonValueKind.String)
                {
                    var text = c.GetString()!;
                    if (!TryParseRanges(text, completeEditions))
                    {
                        throw new GovBudgetFormatException($"'complete' must be true, false or edition ranges such as '2018-2026', found '{text}'", sourceName, null, null, "$.complete");
                    }
                }
                else
                {
                    complete = c.ValueKind == JsonValueKind.True;
                }
            }

            int? edition = root.TryGetProperty("edition", out var e) && e.ValueKind == JsonValueKind.Number ? e.GetInt32() : null;
            if (!root.TryGetProperty("rows", out var rowsElement) || rowsElement.ValueKind != JsonValueKind.Array)
            {
                throw new GovBudgetFormatException("missing the array 'rows'", sourceName, null, null, "$.rows");
            }

            var rows = new List<CatalogRow>();
            var index = 0;
            foreach (var row in rowsElement.EnumerateArray())
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"$.rows[{index++}]");
                var codeText = RequireString(row, "code", sourceName, path);
                if (!int.TryParse(codeText, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
                {
                    throw new GovBudgetFormatException($"'{codeText}' is not a code", sourceName, null, null, path + ".code");
                }

                rows.Add(new CatalogRow(
                    code,
                    RequireString(row, "name", sourceName, path),
                    OptionalYear(row, "from", sourceName, path),
                    OptionalYear(row, "to", sourceName, path),
                    row.TryGetProperty("note", out var note) && note.ValueKind == JsonValueKind.String ? note.GetString() : null));
            }

            var document = new CatalogDocument(kind, complete, rows.ToEquatableArray(), edition) { CompleteEditions = completeEditions.ToEquatableArray() };
            document.CheckCodes(sourceName);
            return document;
        }
    }

    /// <summary>Writes the document as a CSV catalog file that <see cref="ReadCsv"/> reads back.</summary>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("# kind=");
        writer.Write(KindName(Kind));
        writer.Write('\n');
        writer.Write(IsComplete ? "# complete=true\n"
            : CompleteEditions.Count > 0 ? "# complete=" + string.Join(';', CompleteEditions) + "\n"
            : "# complete=false\n");
        if (Edition is { } edition)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"# edition={edition}\n"));
        }

        writer.Write(CsvHeader);
        writer.Write('\n');
        foreach (var row in Rows)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{row.Code},{row.Name},{row.From},{row.To},{row.Note}\n"));
        }
    }

    /// <summary>The directive spelling of a kind (<c>functional</c>, <c>economic-department</c>, <c>economic-government</c>).</summary>
    public static string KindName(CatalogKind kind) => kind switch
    {
        CatalogKind.Functional => "functional",
        CatalogKind.EconomicDepartment => "economic-department",
        CatalogKind.EconomicGovernment => "economic-government",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown catalog kind."),
    };

    private void CheckCodes(string? sourceName)
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var valid = Kind == CatalogKind.Functional
                ? FunctionalCode.TryFromValue(row.Code, out _)
                : EconomicCode.TryFromValue(row.Code, out var economic)
                    && economic.System == (Kind == CatalogKind.EconomicDepartment ? EconomicSystem.Department : EconomicSystem.Government);
            if (!valid)
            {
                throw new GovBudgetFormatException(
                    string.Create(CultureInfo.InvariantCulture, $"{row.Code} is not a {KindName(Kind)} code"),
                    sourceName,
                    null,
                    null,
                    string.Create(CultureInfo.InvariantCulture, $"rows[{i}]"));
            }
        }
    }

    private static void ReadDirective(ReadOnlySpan<char> text, ref CatalogKind? kind, ref bool complete, List<EditionRange> completeEditions, ref int? edition, string? sourceName, int line)
    {
        var eq = text.IndexOf('=');
        if (eq <= 0 || text.Contains(' '))
        {
            return; // An ordinary comment.
        }

        var key = text[..eq];
        var value = text[(eq + 1)..].ToString();
        if (key.SequenceEqual("kind"))
        {
            kind = ParseKind(value, sourceName, line, null);
        }
        else if (key.SequenceEqual("complete"))
        {
            completeEditions.Clear();
            complete = value switch
            {
                "true" => true,
                "false" => false,
                _ when TryParseRanges(value, completeEditions) => false,
                _ => throw new GovBudgetFormatException($"'complete' must be true, false or edition ranges such as '2018-2026' or '2019-2024;2026', found '{value}'", sourceName, line, eq + 3),
            };
        }
        else if (key.SequenceEqual("edition"))
        {
            edition = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                ? year
                : throw new GovBudgetFormatException($"'edition' must be a year, found '{value}'", sourceName, line, eq + 3);
        }
    }

    private static bool TryParseRanges(string text, List<EditionRange> ranges)
    {
        ranges.Clear();
        foreach (var part in text.Split(';'))
        {
            if (!EditionRange.TryParse(part, out var range))
            {
                ranges.Clear();
                return false;
            }

            ranges.Add(range);
        }

        return ranges.Count > 0;
    }

    private static CatalogKind ParseKind(string value, string? sourceName, int? line, string? path) => value switch
    {
        "functional" => CatalogKind.Functional,
        "economic-department" => CatalogKind.EconomicDepartment,
        "economic-government" => CatalogKind.EconomicGovernment,
        _ => throw new GovBudgetFormatException($"unknown catalog kind '{value}'", sourceName, line, null, path),
    };

    private static CatalogRow ReadRow(string line, string? sourceName, int lineNumber)
    {
        var fields = line.Split(',');
        if (fields.Length is not (2 or 5))
        {
            throw new GovBudgetFormatException(
                string.Create(CultureInfo.InvariantCulture, $"expected 5 fields (code,name,from,to,note) or 2 (code,name), found {fields.Length}"),
                sourceName,
                lineNumber,
                1);
        }

        var column = 1;
        if (!int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            throw new GovBudgetFormatException($"'{fields[0]}' is not a code", sourceName, lineNumber, column);
        }

        column += fields[0].Length + 1;
        var name = fields[1].Trim();
        if (name.Length == 0)
        {
            throw new GovBudgetFormatException("the name is empty", sourceName, lineNumber, column);
        }

        if (fields.Length == 2)
        {
            return new CatalogRow(code, name);
        }

        column += fields[1].Length + 1;
        var from = ReadYear(fields[2], sourceName, lineNumber, column);
        column += fields[2].Length + 1;
        var to = ReadYear(fields[3], sourceName, lineNumber, column);
        if (from is not null && to is not null && to < from)
        {
            throw new GovBudgetFormatException("'to' is before 'from'", sourceName, lineNumber, column);
        }

        var note = fields[4].Trim();
        return new CatalogRow(code, name, from, to, note.Length == 0 ? null : note);
    }

    private static int? ReadYear(string text, string? sourceName, int line, int column)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2999
            ? year
            : throw new GovBudgetFormatException($"'{text}' is not an edition year", sourceName, line, column);
    }

    private static string RequireString(JsonElement element, string name, string? sourceName, string path)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            throw new GovBudgetFormatException($"missing the string '{name}'", sourceName, null, null, path + "." + name);
        }

        return value.GetString()!;
    }

    private static int? OptionalYear(JsonElement element, string name, string? sourceName, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var year)
            ? year
            : throw new GovBudgetFormatException($"'{name}' must be a year or null", sourceName, null, null, path + "." + name);
    }
}
