namespace Caseload.Application.Common;

/// <summary>Who is asking, and from where. Anonymous when UserId is null.</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string? UserName { get; }
    string? IpAddress { get; }
    bool IsInRole(string role);
}
