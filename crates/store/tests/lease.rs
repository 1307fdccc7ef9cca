//! One writer per audit chain: a second writer on the same database is refused with a clear
//! error while readers may open beside it; closing the writer frees the lease.

use crate::common;

use common::{config, record, urls};
use store::{Store, StoreError};

#[tokio::test]
async fn a_second_writer_is_refused_and_readers_are_not() {
    for url in urls().await {
        let writer = Store::open(config(&url)).await.unwrap();
        writer.audit().append(record(1)).await.unwrap();
        match Store::open(config(&url)).await {
            Err(StoreError::Conflict(message)) => {
                assert!(message.contains("another gatehouse process"), "{message}")
            }
            other => panic!("{url}: a second writer must be refused, got {other:?}"),
        }
        let reader = Store::open_reader(config(&url)).await.unwrap();
        let rows = reader.audit().query(&Default::default()).await.unwrap();
        assert_eq!(rows.len(), 1, "{url}");
        assert!(
            reader.audit().append(record(2)).await.is_err(),
            "readers cannot append"
        );
        reader.close().await;
        writer.close().await;
        let next = Store::open(config(&url))
            .await
            .expect("the lease is free again");
        assert_eq!(next.audit().append(record(3)).await.unwrap(), 2);
        next.close().await;
    }
}
