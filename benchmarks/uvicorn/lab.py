"""What benchmarks/hostile.sh attacks, for Uvicorn: GET / says hello, /echo sends the body back,
/ws echoes WebSocket messages. The same routes as Wharf's lifecycle-lab serves them."""


async def app(scope, receive, send):
    if scope["type"] == "http":
        body = b""
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        payload = body if scope["path"] == "/echo" else b"hello from ASGI"
        await send({
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/octet-stream")],
        })
        await send({"type": "http.response.body", "body": payload})
    elif scope["type"] == "websocket":
        await receive()
        await send({"type": "websocket.accept"})
        while True:
            message = await receive()
            if message["type"] == "websocket.disconnect":
                return
            await send({"type": "websocket.send", "bytes": message.get("bytes"), "text": message.get("text")})
