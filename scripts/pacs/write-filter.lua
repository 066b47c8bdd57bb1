-- Authentication for writes: GET requests pass (Orthanc already refuses non-loopback clients because
-- RemoteAccessAllowed is false); any other method needs the admin Basic credential. pacs.ts replaces
-- @ADMIN_AUTH@ with "Basic <base64(user:password)>" when it writes this file to the temp state dir.
local adminAuth = '@ADMIN_AUTH@'

function IncomingHttpRequestFilter(method, uri, ip, username, httpHeaders)
  if method == 'GET' then
    return true
  end
  local auth = httpHeaders['authorization'] or httpHeaders['Authorization']
  return auth == adminAuth
end
