<%--
  The page http://host:port/ answers while the server starts and TTMS is not yet deployed (issue 17 item 10).
  Payara Micro's default web module serves this directory (the pre-boot commands that ops/bin/node.sh and the
  run command write set it as the virtual server's docroot); once TTMS is deployed at /, TTMS answers every path
  and this page is never seen again. 503 with Retry-After, so that no monitor takes it for the application;
  /health/ready is not served from here (404, then the server's own 503 until the database is migrated).
  The script asks /health/ready every 2 s and reloads once it answers 200, so the browser does not land on the
  moment between deployment and readiness; without script, the page reloads itself every 5 s.
--%><%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" session="false" trimDirectiveWhitespaces="true" %><%
response.setStatus(503);
response.setHeader("Retry-After", "5");
response.setHeader("Cache-Control", "no-store");
%><!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>系统正在启动 · The system is starting · TTMS</title>
<noscript><meta http-equiv="refresh" content="5"></noscript>
<style>
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1f2933; background: #f5f7fa; margin: 0; }
main { max-width: 36rem; margin: 15vh auto; padding: 2rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.1); }
h1 { font-size: 1.4rem; margin-top: 0; }
p { line-height: 1.6; }
.en { color: #52606d; }
</style>
</head>
<body>
<main id="starting">
<h1>系统正在启动，请稍候…</h1>
<p>教师培训管理系统正在启动，通常需要一分钟左右。本页每隔几秒自动检查，启动完成后自动进入系统，无需手动刷新。</p>
<p class="en" lang="en">The teacher training management system is starting; this usually takes about a minute.
This page checks every few seconds and opens the system as soon as it is ready.</p>
</main>
<script>
(function () {
  function check() {
    fetch('/health/ready', { cache: 'no-store' })
      .then(function (r) { if (r.status === 200) { location.reload(); } else { setTimeout(check, 2000); } })
      .catch(function () { setTimeout(check, 2000); });
  }
  setTimeout(check, 2000);
})();
</script>
</body>
</html>
