namespace GovBudget.Serialization.Json;

/// <summary>A problem found while mapping the wire shape to the model: what and where (a JSON path).</summary>
internal sealed class JsonMappingException : Exception
{
    public JsonMappingException()
    {
        Path = "$";
        Reason = string.Empty;
    }

    public JsonMappingException(string message)
        : base(message)
    {
        Path = "$";
        Reason = message;
    }

    public JsonMappingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "$";
        Reason = message;
    }

    public JsonMappingException(string path, string reason)
        : base(reason)
    {
        Path = path;
        Reason = reason;
    }

    public string Path { get; }

    public string Reason { get; }
}
