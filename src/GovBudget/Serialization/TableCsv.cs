using System.Globalization;
using System.Text;
using GovBudget.Amounts;
using GovBudget.Building;
using GovBudget.Classification;
using GovBudget.Tables;

namespace GovBudget.Serialization;

/// <summary>
/// Writes and reads one table as CSV (RFC 4180) in its printed layout: a header row, then one record per row in printed
/// order with the code, the name and the cells in column order. See <c>docs/json-format.md</c> (CSV layout).
/// </summary>
/// <remarks>
/// <para>Columns: <c>编码</c> (the code: digits for functional or economic subjects where the table takes only one kind
/// of code, empty for the 合计 row, otherwise the invariant row key such as <c>L27</c>, <c>U506001</c>, <c>P:项目</c>),
/// <c>名称</c> (the label, empty when there is none), <c>上级</c> (the explicit parent row key, only when some row has one),
/// then one column per table column headed by its printed name (<c>组/名称</c> under a header group). Amount cells
/// hold the number at the table precision without separators (<c>1002.76</c>), text cells their text; an empty
/// field is an empty cell.</para>
/// <para>Records end with CRLF; fields holding a comma, a quote, CR or LF are quoted with doubled quotes. The table
/// precision is not in the file: the reader is given it. The remark is not written.</para>
/// </remarks>
public static class TableCsv
{
    private const string CodeHeader = "编码";
    private const string NameHeader = "名称";
    private const string ParentHeader = "上级";

    /// <summary>Writes <paramref name="table"/> to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentException">A cell cannot be represented (see <see cref="DisclosureJson.Serialize(Disclosures.Disclosure, DisclosureJsonOptions?)"/>).</exception>
    public static void Write(Table table, TextWriter writer, TableCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= TableCsvOptions.Default;
        if (options.IncludeBom)
        {
            writer.Write('\uFEFF');
        }

        var definition = table.Definition;
        var withParent = table.Rows.Any(r => r.Parent is not null);
        var header = new List<string> { CodeHeader, NameHeader };
        if (withParent)
        {
            header.Add(ParentHeader);
        }

        header.AddRange(definition.Columns.Select(HeaderOf));
        var guard = options.NeutralizeFormulas;
        WriteRecord(writer, header, guard);
        var dto = Json.DisclosureJsonMapper.ToDto(table, null);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var fields = new List<string> { CodeOf(row.Key, definition), row.Label ?? string.Empty };
            if (withParent)
            {
                fields.Add(row.Parent?.ToString() ?? string.Empty);
            }

            fields.AddRange(dto.Rows![i].Cells.Select(c => c ?? string.Empty));
            WriteRecord(writer, fields, guard);
        }

        writer.Flush();
    }

    /// <summary>Writes <paramref name="table"/> as UTF-8 (with a BOM when <see cref="TableCsvOptions.IncludeBom"/>).</summary>
    /// <exception cref="ArgumentException">A cell cannot be represented.</exception>
    public static void Write(Table table, Stream output, TableCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 4096, leaveOpen: true);
        Write(table, writer, options);
    }

    /// <summary>Writes <paramref name="table"/> as a CSV string.</summary>
    /// <exception cref="ArgumentException">A cell cannot be represented.</exception>
    public static string Write(Table table, TableCsvOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(table, writer, options);
        return writer.ToString();
    }

    /// <summary>Reads a table of kind <paramref name="definition"/> printed at <paramref name="precision"/>.</summary>
    /// <exception cref="GovBudgetFormatException">The CSV is malformed, does not match the kind, or the table has structural problems.</exception>
    public static Table Read(TextReader reader, TableDefinition definition, Precision precision, TableCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(definition);
        options ??= TableCsvOptions.Default;
        var records = Parse(reader, options);
        if (options.NeutralizeFormulas)
        {
            foreach (var (fields, _) in records)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    if (fields[i].StartsWith('\'') && NeedsFormulaGuard(fields[i][1..]))
                    {
                        fields[i] = fields[i][1..];
                    }
                }
            }
        }

        if (records.Count == 0)
        {
            throw Fail(options, 1, 1, "The CSV is empty; expected a header row.");
        }

        var header = records[0].Fields;
        var withParent = header.Count > 2 && header[2] == ParentHeader;
        var first = withParent ? 3 : 2;
        if (header.Count < 2 || header[0] != CodeHeader || header[1] != NameHeader)
        {
            throw Fail(options, records[0].Line, 1, $"The header starts with {CodeHeader},{NameHeader}.");
        }

        if (header.Count - first != definition.Columns.Count)
        {
            throw Fail(options, records[0].Line, 1, string.Create(CultureInfo.InvariantCulture, $"The header has {header.Count - first} table columns; {definition.Id} has {definition.Columns.Count}."));
        }

        for (var c = 0; c < definition.Columns.Count; c++)
        {
            var column = definition.Columns[c];
            var text = header[first + c];
            if (text != HeaderOf(column) && text != column.Id && text != column.NameZh && text != column.Number?.ToString(CultureInfo.InvariantCulture))
            {
                throw Fail(options, records[0].Line, first + c + 1, $"Header '{text}' does not name column {c + 1} of {definition.Id} ('{HeaderOf(column)}').");
            }
        }

        var builder = new TableBuilder(definition, precision);
        var lines = new List<(RowKey Key, long Line)>();
        for (var r = 1; r < records.Count; r++)
        {
            var (fields, line) = records[r];
            if (fields.Count != header.Count)
            {
                throw Fail(options, line, 1, string.Create(CultureInfo.InvariantCulture, $"The record has {fields.Count} fields; the header has {header.Count}."));
            }

            var key = KeyOf(fields[0], definition) ?? throw Fail(options, line, 1, $"'{fields[0]}' is not a row code of {definition.Id}.");
            RowKey? parent = null;
            if (withParent && fields[2].Length > 0)
            {
                parent = RowKey.TryParse(fields[2], CultureInfo.InvariantCulture, out var p) ? p : throw Fail(options, line, 3, $"'{fields[2]}' is not a row key.");
            }

            var cells = new string?[definition.Columns.Count];
            for (var c = 0; c < cells.Length; c++)
            {
                var text = fields[first + c];
                if (definition.Columns[c].Kind == ColumnKind.Amount && text.Length > 0 && (text.Trim().Length != text.Length || ReportedValue.IsEmptyCell(text)))
                {
                    throw Fail(options, line, first + c + 1, $"'{text}' is not an amount; leave the field empty for an empty cell.");
                }

                cells[c] = text.Length == 0 ? null : text;
            }

            var label = fields[1].Length == 0 ? null : fields[1];
            if (parent is { } pk)
            {
                builder.Row(key, label, pk, cells);
            }
            else
            {
                builder.Row(key, label, cells);
            }

            lines.Add((key, line));
        }

        if (builder.TryBuild(out var table, out var problems))
        {
            return table;
        }

        var problem = problems[0];
        var at = problem.Row is { } row && lines.Where(l => l.Key == row).Select(l => (long?)l.Line).ToList() is { Count: > 0 } found
            ? found[problem.Code == BuildProblemCodes.DuplicateRow && found.Count > 1 ? 1 : 0]
            : null;
        long? column1 = problem.ColumnId is { } id && definition.ColumnIndex(id) is var ci and >= 0 ? first + ci + 1 : null;
        var reason = problems.Length == 1 ? problem.ToString() : $"{problem} (and {problems.Length - 1} more: {string.Join("; ", problems.Skip(1))})";
        throw new GovBudgetFormatException(reason, options.SourceName, at, column1, problem.Row?.ToString());
    }

    private static string HeaderOf(ColumnDefinition column)
        => column.Group is { } group && group != column.NameZh ? group + "/" + column.NameZh : column.NameZh;

    private static bool CodesAreDigits(TableDefinition definition, RowKeyKind kind)
    {
        var other = kind == RowKeyKind.Functional ? RowKeyKind.Economic : RowKeyKind.Functional;
        return !definition.RowKinds.Contains(other) && !definition.RowKinds.Contains(RowKeyKind.Unit);
    }

    private static string CodeOf(RowKey key, TableDefinition definition) => key.Kind switch
    {
        RowKeyKind.Total => string.Empty,
        RowKeyKind.Functional when CodesAreDigits(definition, RowKeyKind.Functional) => key.FunctionalCode!.Value.ToString(),
        RowKeyKind.Economic when CodesAreDigits(definition, RowKeyKind.Economic) => key.EconomicCode!.Value.ToString(),
        _ => key.ToString(),
    };

    private static RowKey? KeyOf(string code, TableDefinition definition)
    {
        if (code.Length == 0)
        {
            return RowKey.Total;
        }

        if (code.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            if (definition.RowKinds.Contains(RowKeyKind.Functional) && CodesAreDigits(definition, RowKeyKind.Functional) && FunctionalCode.TryParse(code.AsSpan(), out var f))
            {
                return RowKey.Functional(f);
            }

            if (definition.RowKinds.Contains(RowKeyKind.Economic) && CodesAreDigits(definition, RowKeyKind.Economic) && EconomicCode.TryParse(code, CultureInfo.InvariantCulture, out var e))
            {
                return RowKey.Economic(e);
            }

            return null;
        }

        return RowKey.TryParse(code, CultureInfo.InvariantCulture, out var key) ? key : null;
    }

    private static void WriteRecord(TextWriter writer, IEnumerable<string> fields, bool guard)
    {
        var first = true;
        foreach (var text in fields)
        {
            var field = guard && NeedsFormulaGuard(text) ? "'" + text : text;
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(field);
            }
        }

        writer.Write("\r\n");
    }

    private static List<(List<string> Fields, long Line)> Parse(TextReader reader, TableCsvOptions options)
    {
        var records = new List<(List<string>, long)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        long line = 1;
        long column = 0;
        long total = 0;
        var recordLine = line;
        var quoted = false;
        long quoteLine = 0;
        long quoteColumn = 0;
        var afterQuote = false;
        var any = false;
        int ch;
        var start = true;
        while ((ch = reader.Read()) >= 0)
        {
            if (++total > options.MaxCharacters)
            {
                throw Fail(options, line, column, string.Create(CultureInfo.InvariantCulture, $"The CSV is longer than {options.MaxCharacters} characters (TableCsvOptions.MaxCharacters)."));
            }

            if (start)
            {
                start = false;
                if (ch == '\uFEFF')
                {
                    continue;
                }
            }

            column++;
            var c = (char)ch;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        column++;
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                        column = 0;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                    any = true;
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add((fields, recordLine));
                    fields = [];
                    afterQuote = false;
                    any = false;
                    line++;
                    column = 0;
                    recordLine = line;
                    break;
                case '"' when field.Length == 0 && !afterQuote:
                    quoted = true;
                    quoteLine = line;
                    quoteColumn = column;
                    any = true;
                    break;
                default:
                    if (afterQuote || c == '"')
                    {
                        throw Fail(options, line, column, "A quote must open a field and be closed before the next comma or line end (RFC 4180).");
                    }

                    field.Append(c);
                    any = true;
                    break;
            }
        }

        if (quoted)
        {
            throw Fail(options, quoteLine, quoteColumn, "A quoted field is not closed.");
        }

        if (any || field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((fields, recordLine));
        }

        return records;
    }

    /// <summary>
    /// <see langword="true"/> when a spreadsheet program could take <paramref name="field"/> for a formula (it begins
    /// with <c>=</c>, <c>+</c>, <c>@</c>, a tab or CR, or <c>-</c> without being a number), or when it begins with the
    /// guard apostrophe itself (so that the reader can tell a guarded field from one that starts with <c>'</c>).
    /// </summary>
    private static bool NeedsFormulaGuard(string field)
    {
        if (field.Length == 0)
        {
            return false;
        }

        return field[0] switch
        {
            '=' or '+' or '@' or '\t' or '\r' or '\'' => true,
            '-' => !decimal.TryParse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
            _ => false,
        };
    }

    private static GovBudgetFormatException Fail(TableCsvOptions options, long line, long column, string reason)
        => new(reason, options.SourceName, line, column, null);
}
