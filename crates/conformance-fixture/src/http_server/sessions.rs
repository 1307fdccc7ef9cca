//! A session manager that is rmcp's [`LocalSessionManager`] plus the
//! bookkeeping `test_reconnection` needs to close its own SSE stream.

use std::sync::Arc;

use rmcp::{
    model::{ClientJsonRpcMessage, ClientRequest},
    transport::streamable_http_server::session::{
        RestoreOutcome, ServerSseMessage, SessionId, SessionManager,
        local::{LocalSessionManager, LocalSessionManagerError},
    },
};
use tokio_stream::{Stream, wrappers::ReceiverStream};

use crate::{streams::StreamRegistry, tools::RECONNECTION_TOOL};

/// [`LocalSessionManager`] that registers the stream of every
/// `test_reconnection` call in a [`StreamRegistry`] and reports resumptions
/// to it. Everything else is delegated unchanged.
pub(crate) struct FixtureSessionManager {
    inner: LocalSessionManager,
    streams: Arc<StreamRegistry>,
}

impl FixtureSessionManager {
    /// Wraps a default [`LocalSessionManager`].
    pub(crate) fn new(streams: Arc<StreamRegistry>) -> Self {
        Self {
            inner: LocalSessionManager::default(),
            streams,
        }
    }
}

/// Whether `message` is a `tools/call` of `test_reconnection`.
fn is_reconnection_call(message: &ClientJsonRpcMessage) -> bool {
    matches!(
        message,
        ClientJsonRpcMessage::Request(request)
            if matches!(&request.request, ClientRequest::CallToolRequest(call)
                if call.params.name == RECONNECTION_TOOL)
    )
}

impl SessionManager for FixtureSessionManager {
    type Error = LocalSessionManagerError;
    type Transport = <LocalSessionManager as SessionManager>::Transport;

    async fn create_session(&self) -> Result<(SessionId, Self::Transport), Self::Error> {
        self.inner.create_session().await
    }

    async fn initialize_session(
        &self,
        id: &SessionId,
        message: ClientJsonRpcMessage,
    ) -> Result<rmcp::model::ServerJsonRpcMessage, Self::Error> {
        self.inner.initialize_session(id, message).await
    }

    async fn has_session(&self, id: &SessionId) -> Result<bool, Self::Error> {
        self.inner.has_session(id).await
    }

    async fn close_session(&self, id: &SessionId) -> Result<(), Self::Error> {
        self.streams.forget_session(id);
        self.inner.close_session(id).await
    }

    /// Same as [`LocalSessionManager::create_stream`], but learns the HTTP
    /// request id of the new stream so a `test_reconnection` call can close it.
    async fn create_stream(
        &self,
        id: &SessionId,
        message: ClientJsonRpcMessage,
    ) -> Result<impl Stream<Item = ServerSseMessage> + Send + Sync + 'static, Self::Error> {
        let handle = self
            .inner
            .sessions
            .read()
            .await
            .get(id)
            .cloned()
            .ok_or_else(|| LocalSessionManagerError::SessionNotFound(id.clone()))?;
        let receiver = handle.establish_request_wise_channel().await?;
        let http_request_id = receiver.http_request_id;
        if let (Some(http_request_id), ClientJsonRpcMessage::Request(request)) =
            (http_request_id, &message)
            && is_reconnection_call(&message)
        {
            self.streams
                .register(id, handle.clone(), request.id.clone(), http_request_id);
        }
        handle.push_message(message, http_request_id).await?;
        Ok(ReceiverStream::new(receiver.inner))
    }

    async fn accept_message(
        &self,
        id: &SessionId,
        message: ClientJsonRpcMessage,
    ) -> Result<(), Self::Error> {
        self.inner.accept_message(id, message).await
    }

    async fn create_standalone_stream(
        &self,
        id: &SessionId,
    ) -> Result<impl Stream<Item = ServerSseMessage> + Send + Sync + 'static, Self::Error> {
        self.inner.create_standalone_stream(id).await
    }

    /// Same as [`LocalSessionManager::resume`], then tells the registry so a
    /// waiting `test_reconnection` call can answer on the resumed stream.
    async fn resume(
        &self,
        id: &SessionId,
        last_event_id: String,
    ) -> Result<impl Stream<Item = ServerSseMessage> + Send + Sync + 'static, Self::Error> {
        let stream = self.inner.resume(id, last_event_id.clone()).await?;
        self.streams.resumed(id, &last_event_id);
        Ok(stream)
    }

    async fn restore_session(
        &self,
        id: SessionId,
    ) -> Result<RestoreOutcome<Self::Transport>, Self::Error> {
        self.inner.restore_session(id).await
    }
}
