-- wrk script of bench/documents.sh: each request looks up a code drawn at random from the file $CODES.
local codes = {}
for line in io.lines(os.getenv("CODES")) do
  codes[#codes + 1] = line
end
math.randomseed(3)
request = function()
  return wrk.format("GET", "/api/v1/verifications/" .. codes[math.random(#codes)])
end
