namespace Caseload.Domain.CitizenPortal;

/// <summary>
/// One request for a sign-in code, counted to limit how often a code may be asked for (issue #34 item 4, ADR 0048): per phone
/// number and per IP address, in the database so every instance counts the same. <see cref="KeyHash"/> is a SHA-256 of
/// "phone:…" or "ip:…", so neither the number nor the address is kept in clear; rows older than the window are deleted.
/// </summary>
public class CodeRequest
{
    public const int KeyHashLength = 64;

    private CodeRequest() { KeyHash = string.Empty; }

    public CodeRequest(string keyHash, DateTime at)
    {
        KeyHash = keyHash;
        At = at;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public string KeyHash { get; private set; }
    public DateTime At { get; private set; }
}
